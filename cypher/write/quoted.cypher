// Upserts one batch of :QUOTED edges (the source account quoted a post of the target) with the number of times it happened and
// the first and last time. Counts are totals, not increments, so a batch sent twice changes nothing.
// :param rows => [{sourceId: '1001', targetId: '1002', count: 3, firstAt: datetime('2023-09-12T09:30:00Z'), lastAt: datetime('2023-09-14T18:00:00Z')}]
UNWIND $rows AS row
MERGE (a:Account {id: row.sourceId})
MERGE (b:Account {id: row.targetId})
MERGE (a)-[r:QUOTED]->(b)
SET r.count = row.count,
    r.firstAt = row.firstAt,
    r.lastAt = row.lastAt
RETURN count(r) AS written
