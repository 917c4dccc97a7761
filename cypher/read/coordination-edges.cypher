// Streams the coordination edges of the chosen types back to the in-process detection (networkgraph neo4j pull).
// Each pair is stored once, so every row is one undirected edge.
// :param types => ['CO_TWEET', 'CO_RETWEET', 'CO_SIMILAR', 'CO_LINK', 'CO_HASHTAG', 'CO_MENTION', 'CO_REPLY', 'CO_POST', 'CO_SHARE']
// :param minWeight => 0.0
MATCH (a:Account)-[r:CO_TWEET|CO_RETWEET|CO_SIMILAR|CO_LINK|CO_HASHTAG|CO_MENTION|CO_REPLY|CO_POST|CO_SHARE]->(b:Account)
WHERE type(r) IN $types AND r.weight >= $minWeight
RETURN a.id AS source, b.id AS target, type(r) AS type, r.weight AS weight
ORDER BY source, target, type
