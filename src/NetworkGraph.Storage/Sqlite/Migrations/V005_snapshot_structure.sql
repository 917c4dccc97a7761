-- V005: the structure above a snapshot's clusters. An operation groups clusters that are parts of one network
-- (snapshot_operation_parts: one row per cluster); snapshot_amplification holds, for each flagged operation, who
-- amplifies whom: the summary (top targets and amplifiers by PageRank, ring sizes, cores) as JSON, every account's
-- ranks and every directed amplifier -> target link with its count. Snapshots stored before V005 have no rows here.

CREATE TABLE snapshot_operations (
    snapshot_id    TEXT    NOT NULL REFERENCES snapshots (snapshot_id),
    operation_id   TEXT    NOT NULL,
    rank           INTEGER NOT NULL,
    size           INTEGER NOT NULL,
    flagged        INTEGER NOT NULL,
    operation_json TEXT    NOT NULL,           -- parts, score, ties and narrative
    PRIMARY KEY (snapshot_id, operation_id)
) WITHOUT ROWID;

CREATE TABLE snapshot_operation_parts (
    snapshot_id  TEXT NOT NULL,
    cluster_id   TEXT NOT NULL,
    operation_id TEXT NOT NULL,
    PRIMARY KEY (snapshot_id, cluster_id),
    FOREIGN KEY (snapshot_id, operation_id) REFERENCES snapshot_operations (snapshot_id, operation_id)
) WITHOUT ROWID;

CREATE TABLE snapshot_amplification (
    snapshot_id  TEXT NOT NULL,
    operation_id TEXT NOT NULL,
    summary_json TEXT NOT NULL,
    PRIMARY KEY (snapshot_id, operation_id),
    FOREIGN KEY (snapshot_id, operation_id) REFERENCES snapshot_operations (snapshot_id, operation_id)
) WITHOUT ROWID;

CREATE TABLE snapshot_amplified_accounts (
    snapshot_id    TEXT    NOT NULL,
    operation_id   TEXT    NOT NULL,
    account_id     TEXT    NOT NULL,
    target_rank    REAL    NOT NULL,
    amplifier_rank REAL    NOT NULL,
    ring           INTEGER NOT NULL,         -- 0: in no mutual-amplification ring
    core           INTEGER NOT NULL,
    PRIMARY KEY (snapshot_id, operation_id, account_id)
) WITHOUT ROWID;

CREATE TABLE snapshot_amplification_links (
    snapshot_id  TEXT    NOT NULL,
    operation_id TEXT    NOT NULL,
    source_id    TEXT    NOT NULL,
    target_id    TEXT    NOT NULL,
    count        INTEGER NOT NULL,
    PRIMARY KEY (snapshot_id, operation_id, source_id, target_id)
) WITHOUT ROWID;
