// A cluster drawn as a graph: its members and the coordination edges between them (style.grass colours members
// by cluster and sizes the cluster node by score).
// :param clusterId => 'v2-1a2b/C1-4'
// :param maxEdges => 500
MATCH (c:Cluster {id: $clusterId})<-[m:IN_CLUSTER]-(a:Account)
OPTIONAL MATCH (a)-[r:CO_TWEET|CO_RETWEET|CO_SIMILAR|CO_LINK|CO_HASHTAG|CO_MENTION|CO_REPLY|CO_POST|CO_SHARE]->(b:Account)-[:IN_CLUSTER]->(c)
WITH c, m, a, r, b
ORDER BY r.weight DESC
LIMIT $maxEdges
RETURN c, m, a, r, b
