// Upserts one batch of operations of a snapshot: networks whose parts are clusters tied across as densely as inside
// each. The node id is "<snapshot id>/<operation id>", like a cluster's; (:Cluster)-[:PART_OF]->(:Operation) joins
// every part (push the clusters first).
// :param rows => [{id: 'v2-1a2b/OP-C1-2', stableId: 'OP-C1-2', snapshotId: 'v2-1a2b', rank: 1, size: 416, score: 0.79, flagged: true, parts: ['v2-1a2b/C1-2', 'v2-1a2b/C1-1'], explanation: 'One network of 416 accounts in two clusters'}]
UNWIND $rows AS row
MATCH (s:Snapshot {id: row.snapshotId})
MERGE (o:Operation {id: row.id})
SET o.stableId = row.stableId,
    o.snapshotId = row.snapshotId,
    o.rank = row.rank,
    o.size = row.size,
    o.score = row.score,
    o.flagged = row.flagged,
    o.explanation = row.explanation
MERGE (s)-[:HAS_OPERATION]->(o)
WITH o, row
UNWIND row.parts AS partId
MATCH (c:Cluster {id: partId})
MERGE (c)-[:PART_OF]->(o)
RETURN count(DISTINCT o) AS written
