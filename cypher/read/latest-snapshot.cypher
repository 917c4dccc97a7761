// The newest snapshot in the store, by creation time (ties broken by id), with its cluster counts.
MATCH (s:Snapshot)
RETURN s.id AS id, s.createdAt AS createdAt, s.clusterCount AS clusterCount, s.flaggedCount AS flaggedCount
ORDER BY s.createdAt DESC, s.id DESC
LIMIT 1
