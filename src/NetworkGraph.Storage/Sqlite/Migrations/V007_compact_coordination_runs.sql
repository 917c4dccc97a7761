-- V007: compact coordination runs. A run saved from now on writes its edges as blocks of a few thousand edges per
-- coordination_edge_blocks row (the format is CoordinationEdgeBlock's) instead of one coordination_edges row per edge
-- and one coordination_evidence row per evidence pair; each edge keeps at most evidence_cap evidence pairs (the first
-- and the last ones by time; the pair count keeps how many there were), and names its accounts and its pairs' shared
-- objects by number in coordination_accounts and coordination_objects. Runs saved before (evidence_cap NULL) keep
-- their coordination_edges and coordination_evidence rows and read as before.

ALTER TABLE coordination_runs ADD COLUMN evidence_cap INTEGER;   -- NULL: edges and evidence as V002 rows

CREATE TABLE coordination_accounts (
    run_id     INTEGER NOT NULL REFERENCES coordination_runs (run_id),
    account    INTEGER NOT NULL,             -- number within the run, as the edge blocks refer to it
    account_id TEXT    NOT NULL,
    PRIMARY KEY (run_id, account)
) WITHOUT ROWID;

CREATE TABLE coordination_objects (
    run_id INTEGER NOT NULL REFERENCES coordination_runs (run_id),
    object INTEGER NOT NULL,                 -- number within the run, as the edge blocks refer to it
    label  TEXT    NOT NULL,                 -- readable key of the shared object (see CoordinationGraph.ObjectLabel)
    PRIMARY KEY (run_id, object)
) WITHOUT ROWID;

CREATE TABLE coordination_edge_blocks (
    run_id     INTEGER NOT NULL,
    layer      INTEGER NOT NULL,
    block      INTEGER NOT NULL,             -- position in the layer: the layer's edges in stored order, block by block
    edge_count INTEGER NOT NULL,
    data       BLOB    NOT NULL,
    PRIMARY KEY (run_id, layer, block),
    FOREIGN KEY (run_id, layer) REFERENCES coordination_layers (run_id, layer)
);

-- Nothing looks edges up by account (runs are read whole); the two indexes were a fifth of a run's size.
DROP INDEX ix_coordination_edges_source;
DROP INDEX ix_coordination_edges_target;
