// Pure-Cypher path, step 2, repeated until it changes nothing: each account takes the smallest component name
// among its neighbours over kept edges. Names only decrease, so it ends with one name per connected component.
// :param types => ['CO_TWEET', 'CO_RETWEET']
// :param minWeight => 2.0
MATCH (a:Account)
WHERE a.ngCommunity IS NOT NULL
CALL (a) {
  MATCH (a)-[r:CO_TWEET|CO_RETWEET|CO_SIMILAR|CO_LINK|CO_HASHTAG|CO_MENTION|CO_REPLY|CO_POST|CO_SHARE]-(b:Account)
  WHERE type(r) IN $types AND r.weight >= $minWeight AND b.ngCommunity < a.ngCommunity
  WITH a, min(b.ngCommunity) AS smallest
  SET a.ngCommunity = smallest
  RETURN count(*) AS changed
} IN TRANSACTIONS OF 10000 ROWS
RETURN sum(changed) AS changed
