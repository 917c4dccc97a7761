// Sets the amplification measures of one batch of accounts of a flagged operation's amplification graph: pagerank
// (as a target: amplified by many, or by amplified accounts), amplifierRank (PageRank on reversed edges), ring (the
// mutual-amplification ring it is in, 0 for none) and core (its k-core number). The newest push wins; the snapshot
// and operation they come from are kept beside them.
// :param rows => [{accountId: '1001', snapshotId: 'v2-1a2b', operationId: 'v2-1a2b/OP-C1-2', pagerank: 12.5, amplifierRank: 0.15, ring: 1, core: 7}]
UNWIND $rows AS row
MERGE (a:Account {id: row.accountId})
SET a.pagerank = row.pagerank,
    a.amplifierRank = row.amplifierRank,
    a.ring = row.ring,
    a.core = row.core,
    a.amplificationSnapshotId = row.snapshotId,
    a.amplificationOperationId = row.operationId
RETURN count(a) AS written
