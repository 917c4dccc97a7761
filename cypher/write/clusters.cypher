// Upserts one batch of clusters of a snapshot with their scores and the explanation an analyst reads. The node id is
// "<snapshot id>/<cluster id>": cluster ids are stable across snapshots (stableId), nodes are per snapshot.
// Each cluster also gets labels the Browser style sheet keys on: a score band (ScoreHigh >= 0.66, ScoreMedium
// >= 0.33, else ScoreLow; sizes the node) and a hue (Hue0..Hue11 from its rank, colours it and its members).
// :param rows => [{id: 'v2-1a2b/C1-4', stableId: 'C1-4', snapshotId: 'v2-1a2b', rank: 1, size: 423, score: 0.93, flagged: true, lineage: 'Continued', explanation: '423 accounts posted the same texts within seconds', verdict: 'Flagged: copy-paste and shared location', signals: ['Copy-pasted posts: 61% of posts'], campaigns: ['2023-09-12..2023-09-14: 1000 posts by 300 accounts']}]
UNWIND $rows AS row
MATCH (s:Snapshot {id: row.snapshotId})
MERGE (c:Cluster {id: row.id})
SET c.stableId = row.stableId,
    c.snapshotId = row.snapshotId,
    c.rank = row.rank,
    c.size = row.size,
    c.score = row.score,
    c.flagged = row.flagged,
    c.lineage = row.lineage,
    c.explanation = row.explanation,
    c.verdict = row.verdict,
    c.signals = row.signals,
    c.campaigns = row.campaigns
MERGE (s)-[:HAS_CLUSTER]->(c)
WITH c, row, CASE WHEN row.score >= 0.66 THEN 'High' WHEN row.score >= 0.33 THEN 'Medium' ELSE 'Low' END AS band
FOREACH (_ IN CASE WHEN band = 'High' THEN [1] ELSE [] END | SET c:ScoreHigh REMOVE c:ScoreMedium:ScoreLow)
FOREACH (_ IN CASE WHEN band = 'Medium' THEN [1] ELSE [] END | SET c:ScoreMedium REMOVE c:ScoreHigh:ScoreLow)
FOREACH (_ IN CASE WHEN band = 'Low' THEN [1] ELSE [] END | SET c:ScoreLow REMOVE c:ScoreHigh:ScoreMedium)
FOREACH (_ IN CASE WHEN (row.rank - 1) % 12 = 0 THEN [1] ELSE [] END | SET c:Hue0)
FOREACH (_ IN CASE WHEN (row.rank - 1) % 12 = 1 THEN [1] ELSE [] END | SET c:Hue1)
FOREACH (_ IN CASE WHEN (row.rank - 1) % 12 = 2 THEN [1] ELSE [] END | SET c:Hue2)
FOREACH (_ IN CASE WHEN (row.rank - 1) % 12 = 3 THEN [1] ELSE [] END | SET c:Hue3)
FOREACH (_ IN CASE WHEN (row.rank - 1) % 12 = 4 THEN [1] ELSE [] END | SET c:Hue4)
FOREACH (_ IN CASE WHEN (row.rank - 1) % 12 = 5 THEN [1] ELSE [] END | SET c:Hue5)
FOREACH (_ IN CASE WHEN (row.rank - 1) % 12 = 6 THEN [1] ELSE [] END | SET c:Hue6)
FOREACH (_ IN CASE WHEN (row.rank - 1) % 12 = 7 THEN [1] ELSE [] END | SET c:Hue7)
FOREACH (_ IN CASE WHEN (row.rank - 1) % 12 = 8 THEN [1] ELSE [] END | SET c:Hue8)
FOREACH (_ IN CASE WHEN (row.rank - 1) % 12 = 9 THEN [1] ELSE [] END | SET c:Hue9)
FOREACH (_ IN CASE WHEN (row.rank - 1) % 12 = 10 THEN [1] ELSE [] END | SET c:Hue10)
FOREACH (_ IN CASE WHEN (row.rank - 1) % 12 = 11 THEN [1] ELSE [] END | SET c:Hue11)
RETURN count(c) AS written
