// Colours the members of a snapshot's clusters: each account gets the hue label of its cluster (rank - 1, modulo 12),
// which style.grass maps to a colour. Run after palette-clear for the newest pushed snapshot.
// :param snapshotId => 'v2-1a2b'
MATCH (:Snapshot {id: $snapshotId})-[:HAS_CLUSTER]->(c:Cluster)<-[:IN_CLUSTER]-(a:Account)
WITH a, (c.rank - 1) % 12 AS hue
FOREACH (_ IN CASE WHEN hue = 0 THEN [1] ELSE [] END | SET a:Hue0)
FOREACH (_ IN CASE WHEN hue = 1 THEN [1] ELSE [] END | SET a:Hue1)
FOREACH (_ IN CASE WHEN hue = 2 THEN [1] ELSE [] END | SET a:Hue2)
FOREACH (_ IN CASE WHEN hue = 3 THEN [1] ELSE [] END | SET a:Hue3)
FOREACH (_ IN CASE WHEN hue = 4 THEN [1] ELSE [] END | SET a:Hue4)
FOREACH (_ IN CASE WHEN hue = 5 THEN [1] ELSE [] END | SET a:Hue5)
FOREACH (_ IN CASE WHEN hue = 6 THEN [1] ELSE [] END | SET a:Hue6)
FOREACH (_ IN CASE WHEN hue = 7 THEN [1] ELSE [] END | SET a:Hue7)
FOREACH (_ IN CASE WHEN hue = 8 THEN [1] ELSE [] END | SET a:Hue8)
FOREACH (_ IN CASE WHEN hue = 9 THEN [1] ELSE [] END | SET a:Hue9)
FOREACH (_ IN CASE WHEN hue = 10 THEN [1] ELSE [] END | SET a:Hue10)
FOREACH (_ IN CASE WHEN hue = 11 THEN [1] ELSE [] END | SET a:Hue11)
RETURN count(a) AS coloured
