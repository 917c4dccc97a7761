// The members of a cluster with their profile signals (declared location, language, creation date, bio) and how
// strongly each is tied to the rest of the cluster, strongest first.
// :param clusterId => 'v2-1a2b/C1-4'
// :param limit => 100
MATCH (c:Cluster {id: $clusterId})<-[:IN_CLUSTER]-(a:Account)
OPTIONAL MATCH (a)-[r:CO_TWEET|CO_RETWEET|CO_SIMILAR|CO_LINK|CO_HASHTAG|CO_MENTION|CO_REPLY|CO_POST|CO_SHARE]-(:Account)-[:IN_CLUSTER]->(c)
WITH a, count(r) AS ties, sum(r.weight) AS strength
RETURN a.id AS id, a.handle AS handle, a.displayName AS displayName, a.location AS location,
       a.language AS language, a.createdAt AS createdAt, a.followers AS followers, a.following AS following,
       a.bio AS bio, ties, strength
ORDER BY strength DESC, handle
LIMIT $limit
