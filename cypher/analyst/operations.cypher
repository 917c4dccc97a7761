// The operations of a snapshot (the newest when snapshotId is null): networks whose parts are clusters tied across as
// densely as inside each, flagged and multi-part ones first, with each part's size, score and verdict flag and the
// explanation of why they are one network.
// :param snapshotId => null
// :param limit => 10
MATCH (s:Snapshot)
WHERE $snapshotId IS NULL OR s.id = $snapshotId
WITH s
ORDER BY s.createdAt DESC, s.id DESC
LIMIT 1
MATCH (s)-[:HAS_OPERATION]->(o:Operation)<-[:PART_OF]-(c:Cluster)
WITH o, c
ORDER BY c.size DESC, c.stableId
WITH o, collect({cluster: c.stableId, size: c.size, score: c.score, flagged: c.flagged}) AS parts
RETURN o.id AS operation, o.stableId AS stableId, o.size AS size, o.score AS score, o.flagged AS flagged,
       size(parts) AS partCount, parts, o.explanation AS explanation
ORDER BY flagged DESC, partCount DESC, score DESC
LIMIT $limit
