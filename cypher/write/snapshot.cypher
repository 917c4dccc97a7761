// Upserts snapshots: analysis runs frozen with their parameters (a push sends one). previousId names the snapshot
// of the previous version; the :PREVIOUS link is made only when that one is in the store too.
// :param rows => [{id: 'v2-1a2b', version: 2, createdAt: datetime('2024-02-01T12:00:00Z'), previousId: 'v1-0f9e', profile: 'default', inputFingerprint: '9f86d081', parameters: '{"algorithm":"leiden"}', clusterCount: 12, flaggedCount: 4, accountCount: 900, flaggedAccountCount: 423}]
UNWIND $rows AS row
MERGE (s:Snapshot {id: row.id})
SET s.version = row.version,
    s.createdAt = row.createdAt,
    s.previousId = row.previousId,
    s.profile = row.profile,
    s.inputFingerprint = row.inputFingerprint,
    s.parameters = row.parameters,
    s.clusterCount = row.clusterCount,
    s.flaggedCount = row.flaggedCount,
    s.accountCount = row.accountCount,
    s.flaggedAccountCount = row.flaggedAccountCount
WITH s
OPTIONAL MATCH (previous:Snapshot {id: s.previousId})
FOREACH (p IN CASE WHEN previous IS NULL THEN [] ELSE [previous] END | MERGE (s)-[:PREVIOUS]->(p))
RETURN count(s) AS written
