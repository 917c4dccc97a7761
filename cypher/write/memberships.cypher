// Upserts one batch of cluster memberships: (:Account)-[:IN_CLUSTER]->(:Cluster). Cluster ids carry their snapshot,
// so an account keeps one membership per snapshot and older snapshots stay as they were.
// :param rows => [{accountId: '1001', clusterId: 'v2-1a2b/C1-4', snapshotId: 'v2-1a2b'}]
UNWIND $rows AS row
MATCH (c:Cluster {id: row.clusterId})
MERGE (a:Account {id: row.accountId})
MERGE (a)-[m:IN_CLUSTER]->(c)
SET m.snapshotId = row.snapshotId
RETURN count(m) AS written
