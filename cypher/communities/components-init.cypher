// Pure-Cypher path, step 1: every account with a kept coordination edge starts in its own component, named by its id.
// :param types => ['CO_TWEET', 'CO_RETWEET']
// :param minWeight => 2.0
MATCH (a:Account)
WHERE EXISTS {
  MATCH (a)-[r:CO_TWEET|CO_RETWEET|CO_SIMILAR|CO_LINK|CO_HASHTAG|CO_MENTION|CO_REPLY|CO_POST|CO_SHARE]-(:Account)
  WHERE type(r) IN $types AND r.weight >= $minWeight
}
CALL (a) {
  SET a.ngCommunity = a.id
} IN TRANSACTIONS OF 10000 ROWS
RETURN count(a) AS accounts
