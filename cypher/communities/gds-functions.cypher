// Lists the Graph Data Science functions the server has; the projection needs the gds.graph.project aggregation.
SHOW FUNCTIONS YIELD name
WHERE name STARTS WITH 'gds.'
RETURN name
ORDER BY name
