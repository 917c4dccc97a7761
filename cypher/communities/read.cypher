// Reads the communities a run wrote, one row per account, for the snapshot built from them.
MATCH (a:Account)
WHERE a.ngCommunity IS NOT NULL
RETURN a.id AS accountId, toString(a.ngCommunity) AS community
ORDER BY community, accountId
