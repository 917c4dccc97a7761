-- V004: the coordination run each snapshot was analysed from. Pruning old runs keeps every run a stored snapshot
-- refers to. Snapshots saved before V004 have no row here.

CREATE TABLE snapshot_runs (
    snapshot_id TEXT    PRIMARY KEY REFERENCES snapshots (snapshot_id),
    run_id      INTEGER NOT NULL REFERENCES coordination_runs (run_id)
) WITHOUT ROWID;

CREATE INDEX ix_snapshot_runs_run ON snapshot_runs (run_id);
