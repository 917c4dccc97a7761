// Projects the coordination graph into GDS, undirected (Leiden requires it), one relationship per account pair
// whose weight is the summed weight of the chosen coordination types.
// :param graphName => 'networkgraph-coordination'
// :param types => ['CO_TWEET', 'CO_RETWEET', 'CO_SIMILAR', 'CO_LINK', 'CO_HASHTAG', 'CO_MENTION', 'CO_REPLY', 'CO_POST', 'CO_SHARE']
// :param minWeight => 0.0
MATCH (a:Account)-[r:CO_TWEET|CO_RETWEET|CO_SIMILAR|CO_LINK|CO_HASHTAG|CO_MENTION|CO_REPLY|CO_POST|CO_SHARE]->(b:Account)
WHERE type(r) IN $types AND r.weight >= $minWeight
WITH a, b, sum(r.weight) AS weight
WITH gds.graph.project($graphName, a, b, {relationshipProperties: {weight: weight}}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.graphName AS graphName, g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount
