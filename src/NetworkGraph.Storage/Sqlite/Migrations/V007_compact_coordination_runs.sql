-- V007: compact coordination runs. A run saved from now on keeps at most evidence_cap evidence pairs per edge (the
-- first and the last ones by time; pair_count keeps the full number) in one BLOB on the edge row instead of one
-- coordination_evidence row per pair, and names each shared object once per run in coordination_objects. Runs saved
-- before (evidence_cap NULL) keep their coordination_evidence rows and read as before.
-- The blob (see CoordinationEvidenceBlob): per pair, in time order, the source post, the target post, the source time
-- minus the edge's first_time, the target time minus the source time and the object's number in coordination_objects;
-- a post is a varint of (id << 1) when its id is a canonical number, else a varint of (byte length << 1 | 1) and its
-- UTF-8 bytes; times are zigzag varints of milliseconds.

ALTER TABLE coordination_runs ADD COLUMN evidence_cap INTEGER;   -- NULL: evidence in coordination_evidence rows
ALTER TABLE coordination_edges ADD COLUMN evidence BLOB;         -- NULL: no evidence pair kept (or a run before V007)

CREATE TABLE coordination_objects (
    run_id INTEGER NOT NULL REFERENCES coordination_runs (run_id),
    object INTEGER NOT NULL,                   -- number within the run, as the evidence blobs refer to it
    label  TEXT    NOT NULL,                   -- readable key of the shared object (see CoordinationGraph.ObjectLabel)
    PRIMARY KEY (run_id, object)
) WITHOUT ROWID;

-- Nothing looks edges up by account (runs are read whole); the two indexes were a third of a run's size and time.
DROP INDEX ix_coordination_edges_source;
DROP INDEX ix_coordination_edges_target;
