// Accounts whose coordination edges reach members of several clusters of a snapshot (the newest when snapshotId
// is null): brokers between campaigns, or shared amplification infrastructure.
// :param snapshotId => null
// :param minClusters => 2
// :param limit => 50
MATCH (s:Snapshot)
WHERE $snapshotId IS NULL OR s.id = $snapshotId
WITH s
ORDER BY s.createdAt DESC, s.id DESC
LIMIT 1
MATCH (s)-[:HAS_CLUSTER]->(c:Cluster)<-[:IN_CLUSTER]-(:Account)-[r:CO_TWEET|CO_RETWEET|CO_SIMILAR|CO_LINK|CO_HASHTAG|CO_MENTION|CO_REPLY|CO_POST|CO_SHARE]-(a:Account)
WITH s, a, c, sum(r.weight) AS weight
ORDER BY weight DESC
WITH s, a, collect({cluster: c.id, rank: c.rank, weight: weight}) AS reached
WHERE size(reached) >= $minClusters
OPTIONAL MATCH (a)-[:IN_CLUSTER]->(own:Cluster)<-[:HAS_CLUSTER]-(s)
RETURN a.id AS id, a.handle AS handle, own.id AS ownCluster, size(reached) AS clustersReached, reached
ORDER BY clustersReached DESC, handle
LIMIT $limit
