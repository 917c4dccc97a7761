// The evidence behind the coordination between two accounts (ids or handles): every coordination edge between
// them with its weight and timing, and each evidence post (its text and time when posts were pushed).
// :param a => 'example_account'
// :param b => 'other_account'
MATCH (x:Account)
WHERE x.id = $a OR x.handle = $a
MATCH (y:Account)
WHERE y.id = $b OR y.handle = $b
MATCH (x)-[r:CO_TWEET|CO_RETWEET|CO_SIMILAR|CO_LINK|CO_HASHTAG|CO_MENTION|CO_REPLY|CO_POST|CO_SHARE]-(y)
UNWIND CASE WHEN size(coalesce(r.evidence, [])) = 0 THEN [null] ELSE r.evidence END AS postId
OPTIONAL MATCH (p:Post {id: postId})
OPTIONAL MATCH (author:Account)-[:POSTED]->(p)
RETURN type(r) AS signal, r.weight AS weight, r.dtMin AS dtMin, r.dtMean AS dtMean, postId,
       author.handle AS author, p.time AS time, p.kind AS kind, p.text AS text
ORDER BY signal, time, postId
