// Constraints and indexes of the NetworkGraph store. Applied at the start of every push; IF NOT EXISTS makes each
// statement a no-op once it has run, so the file is safe to apply any number of times.
CREATE CONSTRAINT account_id IF NOT EXISTS FOR (a:Account) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (p:Post) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT snapshot_id IF NOT EXISTS FOR (s:Snapshot) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT cluster_id IF NOT EXISTS FOR (c:Cluster) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT operation_id IF NOT EXISTS FOR (o:Operation) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT push_state_key IF NOT EXISTS FOR (p:PushState) REQUIRE p.key IS UNIQUE;
CREATE INDEX account_handle IF NOT EXISTS FOR (a:Account) ON (a.handle);
CREATE INDEX post_time IF NOT EXISTS FOR (p:Post) ON (p.time);
CREATE INDEX snapshot_created IF NOT EXISTS FOR (s:Snapshot) ON (s.createdAt);
CREATE INDEX cluster_snapshot_rank IF NOT EXISTS FOR (c:Cluster) ON (c.snapshotId, c.rank);
