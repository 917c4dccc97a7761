// Upserts one batch of lineage links between the clusters of consecutive snapshots:
// (:Cluster)-[:EVOLVED_INTO {shared, jaccard, overlap}]->(:Cluster). A link is made only when both clusters are in
// the store (push the previous snapshot first); the rest of a batch still goes through.
// :param rows => [{fromId: 'v1-0f9e/C1-4', toId: 'v2-1a2b/C1-4', shared: 400, jaccard: 0.91, overlap: 0.95}]
UNWIND $rows AS row
MATCH (before:Cluster {id: row.fromId})
MATCH (after:Cluster {id: row.toId})
MERGE (before)-[l:EVOLVED_INTO]->(after)
SET l.shared = row.shared,
    l.jaccard = row.jaccard,
    l.overlap = row.overlap
RETURN count(l) AS written
