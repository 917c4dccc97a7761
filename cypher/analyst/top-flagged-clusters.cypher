// The flagged clusters of a snapshot (the newest when snapshotId is null), highest score first: the verdict and
// narrative written for the analyst, the signals behind the score, the campaigns (bursts of activity) and how the
// cluster relates to the previous snapshot. cluster is the node id the other queries take as clusterId.
// :param snapshotId => null
// :param limit => 10
MATCH (s:Snapshot)
WHERE $snapshotId IS NULL OR s.id = $snapshotId
WITH s
ORDER BY s.createdAt DESC, s.id DESC
LIMIT 1
MATCH (s)-[:HAS_CLUSTER]->(c:Cluster)
WHERE c.flagged
RETURN c.id AS cluster, c.stableId AS stableId, c.rank AS rank, c.size AS size, c.score AS score,
       c.verdict AS verdict, c.explanation AS explanation, c.signals AS signals, c.campaigns AS campaigns,
       c.lineage AS lineage
ORDER BY score DESC, rank
LIMIT $limit
