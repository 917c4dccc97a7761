-- V002: coordination graphs. A run is one CoordinationGraphBuilder result: its layers (one per share kind and
-- window), the kept edges of each layer with their statistics, and each edge's evidence post pairs (all of them,
-- or the capped sample whose true size is pair_count). Accounts and posts are stored by their platform ids, so a
-- run stays readable whatever was ingested since. Times are UNIX milliseconds UTC; deltas are seconds.

CREATE TABLE coordination_runs (
    run_id       INTEGER PRIMARY KEY,
    created_at   TEXT    NOT NULL,             -- ISO 8601 UTC, round-trip format
    options_json TEXT    NOT NULL              -- the CoordinationOptions the graph was built with
);

CREATE TABLE coordination_layers (
    run_id           INTEGER NOT NULL REFERENCES coordination_runs (run_id),
    layer            INTEGER NOT NULL,         -- position in the run: kinds in option order, windows ascending
    kind             TEXT    NOT NULL,         -- ShareKind name: Retweet, Text, SimilarText, Url, ...
    window_ms        INTEGER NOT NULL,
    candidate_edges  INTEGER NOT NULL,         -- edges with at least one pair, before the weight filters
    candidate_pairs  INTEGER NOT NULL,
    weight_threshold REAL,                     -- the strict quantile bound, when one was asked for
    PRIMARY KEY (run_id, layer)
) WITHOUT ROWID;

CREATE TABLE coordination_edges (
    run_id       INTEGER NOT NULL,
    layer        INTEGER NOT NULL,
    edge         INTEGER NOT NULL,             -- position in the layer (ordered by the builder's account index)
    source_id    TEXT    NOT NULL,
    target_id    TEXT    NOT NULL,
    pair_count   INTEGER NOT NULL,
    weight       REAL    NOT NULL,
    mean_dt      REAL    NOT NULL,
    min_dt       REAL    NOT NULL,
    first_time   INTEGER NOT NULL,
    last_time    INTEGER NOT NULL,
    source_posts INTEGER NOT NULL,
    target_posts INTEGER NOT NULL,
    PRIMARY KEY (run_id, layer, edge),
    FOREIGN KEY (run_id, layer) REFERENCES coordination_layers (run_id, layer)
) WITHOUT ROWID;

CREATE INDEX ix_coordination_edges_source ON coordination_edges (run_id, source_id);
CREATE INDEX ix_coordination_edges_target ON coordination_edges (run_id, target_id);

CREATE TABLE coordination_evidence (
    run_id      INTEGER NOT NULL,
    layer       INTEGER NOT NULL,
    edge        INTEGER NOT NULL,
    ordinal     INTEGER NOT NULL,              -- time order within the edge
    source_post TEXT    NOT NULL,              -- the source account's post id
    target_post TEXT    NOT NULL,
    source_time INTEGER NOT NULL,
    target_time INTEGER NOT NULL,
    object      TEXT    NOT NULL,              -- readable key of the shared object (see CoordinationGraph.ObjectLabel)
    PRIMARY KEY (run_id, layer, edge, ordinal),
    FOREIGN KEY (run_id, layer, edge) REFERENCES coordination_edges (run_id, layer, edge)
) WITHOUT ROWID;
