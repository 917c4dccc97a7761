// Who the flagged operations of a snapshot (the newest when snapshotId is null) amplify: the accounts they retweet,
// quote, reply to and mention, by PageRank on the amplifier -> target graph, with how many amplifiers and
// interactions each received, its mutual-amplification ring (0: none) and its k-core number.
// :param snapshotId => null
// :param limit => 25
MATCH (s:Snapshot)
WHERE $snapshotId IS NULL OR s.id = $snapshotId
WITH s
ORDER BY s.createdAt DESC, s.id DESC
LIMIT 1
MATCH (a:Account)-[r:AMPLIFIES {snapshotId: s.id}]->(t:Account)
WITH t, count(a) AS amplifiers, sum(r.count) AS received
RETURN t.id AS account, t.handle AS handle, t.pagerank AS pagerank, amplifiers, received, t.ring AS ring,
       t.core AS core
ORDER BY pagerank DESC, received DESC, account
LIMIT $limit
