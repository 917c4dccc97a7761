// Lists the Graph Data Science procedures the server has; an empty answer means GDS is not installed and the
// communities command takes the pure-Cypher path.
SHOW PROCEDURES YIELD name
WHERE name STARTS WITH 'gds.'
RETURN name
ORDER BY name
