// Overview: every snapshot in the store, newest first, with how many clusters it found and how many it flagged.
// :param limit => 20
MATCH (s:Snapshot)
OPTIONAL MATCH (s)-[:PREVIOUS]->(previous:Snapshot)
RETURN s.id AS snapshot, s.createdAt AS createdAt, s.version AS version, s.profile AS profile, s.accountCount AS accounts,
       s.clusterCount AS clusters, s.flaggedCount AS flagged, previous.id AS previousSnapshot
ORDER BY createdAt DESC, snapshot DESC
LIMIT $limit
