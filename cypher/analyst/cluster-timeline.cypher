// A cluster's campaign timeline: per period, the posts of its members and the accounts active (needs a push with
// posts), then the coordination edges inside the cluster by the period they started (always available).
// :param clusterId => 'v2-1a2b/C1-4'
// :param bucket => 'day'
MATCH (c:Cluster {id: $clusterId})<-[:IN_CLUSTER]-(a:Account)-[:POSTED]->(p:Post)
WITH datetime.truncate($bucket, p.time) AS period, count(p) AS events, count(DISTINCT a) AS accounts,
     sum(CASE WHEN p.kind = 'Original' THEN 1 ELSE 0 END) AS originals
RETURN 'posts' AS source, period, events, accounts, originals
ORDER BY period
UNION ALL
MATCH (c:Cluster {id: $clusterId})<-[:IN_CLUSTER]-(a:Account)-[r:CO_TWEET|CO_RETWEET|CO_SIMILAR|CO_LINK|CO_HASHTAG|CO_MENTION|CO_REPLY|CO_POST|CO_SHARE]->(b:Account)-[:IN_CLUSTER]->(c)
WITH datetime.truncate($bucket, r.firstAt) AS period, r, [a, b] AS pair
UNWIND pair AS member
WITH period, count(DISTINCT r) AS events, count(DISTINCT member) AS accounts
RETURN 'coordination' AS source, period, events, accounts, null AS originals
ORDER BY period
