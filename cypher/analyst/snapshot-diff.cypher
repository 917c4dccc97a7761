// What changed since the previous snapshot: each cluster of the snapshot (the newest when snapshotId is null) with
// its lineage (New, Continued, Grown, Shrunk, Merged, Split), the clusters it came from, members gained and score
// change; then the clusters of the previous snapshot that dissolved (no successor).
// :param snapshotId => null
MATCH (s:Snapshot)
WHERE $snapshotId IS NULL OR s.id = $snapshotId
WITH s
ORDER BY s.createdAt DESC, s.id DESC
LIMIT 1
MATCH (s)-[:HAS_CLUSTER]->(c:Cluster)
OPTIONAL MATCH (before:Cluster)-[l:EVOLVED_INTO]->(c)
WITH c, collect(CASE WHEN before IS NULL THEN null ELSE {cluster: before.stableId, size: before.size,
     score: before.score, flagged: before.flagged, shared: l.shared, jaccard: l.jaccard} END) AS predecessors
WITH c, predecessors, reduce(n = 0, p IN predecessors | n + p.shared) AS kept
RETURN c.stableId AS cluster, c.lineage AS change, c.size AS size, c.score AS score, c.flagged AS flagged,
       c.size - kept AS membersGained,
       CASE WHEN size(predecessors) = 1 THEN c.score - predecessors[0].score ELSE null END AS scoreChange,
       predecessors
ORDER BY change, size DESC
UNION ALL
MATCH (s:Snapshot)
WHERE $snapshotId IS NULL OR s.id = $snapshotId
WITH s
ORDER BY s.createdAt DESC, s.id DESC
LIMIT 1
MATCH (s)-[:PREVIOUS]->(:Snapshot)-[:HAS_CLUSTER]->(old:Cluster)
WHERE NOT EXISTS { (old)-[:EVOLVED_INTO]->(:Cluster)<-[:HAS_CLUSTER]-(s) }
RETURN old.stableId AS cluster, 'Dissolved' AS change, old.size AS size, old.score AS score, old.flagged AS flagged,
       0 AS membersGained, null AS scoreChange, [] AS predecessors
ORDER BY size DESC
