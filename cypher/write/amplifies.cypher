// Upserts one batch of amplification links of a flagged operation: (:Account)-[:AMPLIFIES {count}]->(:Account),
// one per amplifier, target and snapshot; count is the retweets, quotes, replies and mentions from one to the other.
// :param rows => [{source: '1001', target: '2002', count: 14, snapshotId: 'v2-1a2b', operationId: 'v2-1a2b/OP-C1-2'}]
UNWIND $rows AS row
MERGE (a:Account {id: row.source})
MERGE (b:Account {id: row.target})
MERGE (a)-[r:AMPLIFIES {snapshotId: row.snapshotId}]->(b)
SET r.count = row.count,
    r.operationId = row.operationId
RETURN count(r) AS written
