// The most strongly coordinated pairs inside a cluster, weight summed over signals, with the signals tying them:
// the pairs whose evidence is worth reading first.
// :param clusterId => 'v2-1a2b/C1-4'
// :param limit => 25
MATCH (c:Cluster {id: $clusterId})<-[:IN_CLUSTER]-(x:Account)-[r:CO_TWEET|CO_RETWEET|CO_SIMILAR|CO_LINK|CO_HASHTAG|CO_MENTION|CO_REPLY|CO_POST|CO_SHARE]->(y:Account)-[:IN_CLUSTER]->(c)
WITH x, y, sum(r.weight) AS weight, collect(type(r)) AS signals
RETURN x.id AS a, x.handle AS aHandle, y.id AS b, y.handle AS bHandle, weight, signals
ORDER BY weight DESC, a, b
LIMIT $limit
