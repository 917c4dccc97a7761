-- V003: analysis snapshots: versioned scored clusters with their explanations, campaigns and lineage.
--
-- A snapshot is written once, in one transaction, and never updated. created_at is ISO 8601 UTC in the
-- round-trip format (exact to 100 ns, unlike the UNIX seconds of V001, because it feeds the snapshot id).
-- report_json holds a cluster's metrics, top objects, profile signals, campaigns, score with its explanation
-- and narrative, without its members (they are rows of snapshot_members); snapshot_campaigns repeats the
-- campaign dates so they can be queried.

CREATE TABLE snapshots (
    snapshot_id       TEXT    PRIMARY KEY,
    version           INTEGER NOT NULL UNIQUE,
    created_at        TEXT    NOT NULL,
    input_fingerprint TEXT    NOT NULL,
    profile_name      TEXT    NOT NULL,
    parameters_json   TEXT    NOT NULL
);

CREATE TABLE snapshot_clusters (
    snapshot_id  TEXT    NOT NULL REFERENCES snapshots (snapshot_id),
    cluster_id   TEXT    NOT NULL,
    rank         INTEGER NOT NULL,
    community    INTEGER NOT NULL,
    size         INTEGER NOT NULL,
    score        REAL    NOT NULL,
    flagged      INTEGER NOT NULL,            -- 1 when flagged as an amplification network
    lineage_kind TEXT    NOT NULL,            -- New, Continued, Grown, Shrunk, Merged, Split
    lineage_json TEXT    NOT NULL,
    report_json  TEXT    NOT NULL,
    PRIMARY KEY (snapshot_id, cluster_id)
) WITHOUT ROWID;

CREATE UNIQUE INDEX ix_snapshot_clusters_rank ON snapshot_clusters (snapshot_id, rank);

CREATE TABLE snapshot_members (
    snapshot_id TEXT NOT NULL,
    account_id  TEXT NOT NULL,
    cluster_id  TEXT NOT NULL,
    PRIMARY KEY (snapshot_id, account_id),
    FOREIGN KEY (snapshot_id, cluster_id) REFERENCES snapshot_clusters (snapshot_id, cluster_id)
) WITHOUT ROWID;

CREATE INDEX ix_snapshot_members_cluster ON snapshot_members (snapshot_id, cluster_id);
CREATE INDEX ix_snapshot_members_account ON snapshot_members (account_id);

CREATE TABLE snapshot_campaigns (
    snapshot_id    TEXT    NOT NULL,
    cluster_id     TEXT    NOT NULL,
    campaign_index INTEGER NOT NULL,
    start_day      TEXT    NOT NULL,          -- yyyy-MM-dd, local days of the profile's time zone
    end_day        TEXT    NOT NULL,
    volume         INTEGER NOT NULL,
    accounts       INTEGER NOT NULL,
    PRIMARY KEY (snapshot_id, cluster_id, campaign_index),
    FOREIGN KEY (snapshot_id, cluster_id) REFERENCES snapshot_clusters (snapshot_id, cluster_id)
) WITHOUT ROWID;
