// Upserts one batch of :CO_MENTION coordination edges.
// Signal: the two accounts mentioned the same account within the time window.
// The pair is undirected; the push stores it once, from the smaller account id to the larger. weight counts the
// shared objects, dt* are the seconds between the two accounts' actions, evidence holds the post ids of a few
// of the edge's pairs, pairs how many pairs there were.
// :param rows => [{sourceId: '1001', targetId: '1002', weight: 4.0, dtMin: 2.0, dtMean: 11.5, dtMax: 40.0, firstAt: datetime('2023-09-12T09:30:00Z'), lastAt: datetime('2023-09-14T18:00:00Z'), evidence: ['9001', '9002'], pairs: 6}]
UNWIND $rows AS row
MERGE (a:Account {id: row.sourceId})
MERGE (b:Account {id: row.targetId})
MERGE (a)-[r:CO_MENTION]->(b)
SET r.weight = row.weight,
    r.dtMin = row.dtMin,
    r.dtMean = row.dtMean,
    r.dtMax = row.dtMax,
    r.firstAt = row.firstAt,
    r.lastAt = row.lastAt,
    r.evidence = row.evidence,
    r.pairs = row.pairs
RETURN count(r) AS written
