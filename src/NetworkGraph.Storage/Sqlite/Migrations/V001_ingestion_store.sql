-- V001: accounts, posts and what they carry, generic shares, and ingestion checkpoints.
--
-- Keys. An id that is a canonical non-negative decimal integer (digits, no leading zero, fits 63 bits) is its
-- own INTEGER key; any other id (hashed, alphanumeric) gets a negative surrogate key (-1, -2, ...). The id text
-- is always recoverable exactly: accounts keep it in account_id; posts with a negative key have a row in post_ids
-- and a non-negative post key is the id itself. All times are UNIX seconds UTC.

CREATE TABLE accounts (
    account_key  INTEGER PRIMARY KEY,
    account_id   TEXT    NOT NULL UNIQUE,
    handle       TEXT,
    display_name TEXT,
    location     TEXT,
    bio          TEXT,
    language     TEXT,
    created_at   INTEGER,
    followers    INTEGER,
    following    INTEGER,
    profiled     INTEGER NOT NULL DEFAULT 0  -- 1 once a profile observation was stored (else only referenced)
);

-- When the newest profile observation of an account was made (no row while only untimed observations, such as
-- an archive users file, were seen). Kept apart from the wide accounts row: most newer observations repeat the
-- profile and only move this time.
CREATE TABLE account_observed (
    account_key INTEGER PRIMARY KEY,
    observed_at INTEGER NOT NULL
);

CREATE TABLE posts (
    post_key       INTEGER PRIMARY KEY,
    author_key     INTEGER NOT NULL,
    time           INTEGER NOT NULL,
    kind           INTEGER NOT NULL,          -- 0 original, 1 retweet, 2 quote, 3 reply
    ref_post_key   INTEGER,                   -- the retweeted, quoted or replied-to post (which may be absent)
    ref_author_key INTEGER,
    language       TEXT,
    text           TEXT    NOT NULL           -- for a retweet, the original's full text when it was known
);

CREATE INDEX ix_posts_time ON posts (time);

CREATE TABLE post_ids (
    post_key INTEGER PRIMARY KEY,             -- negative
    post_id  TEXT    NOT NULL UNIQUE
);

CREATE TABLE hashtags (
    hashtag_key INTEGER PRIMARY KEY,
    tag         TEXT    NOT NULL UNIQUE       -- without '#', as written
);

CREATE TABLE post_hashtags (
    post_key    INTEGER NOT NULL,
    hashtag_key INTEGER NOT NULL,
    PRIMARY KEY (post_key, hashtag_key)
) WITHOUT ROWID;

CREATE TABLE urls (
    url_key INTEGER PRIMARY KEY,
    url     TEXT    NOT NULL UNIQUE,          -- expanded URL as given
    domain  TEXT                              -- lower-cased host without "www."
);

CREATE TABLE post_urls (
    post_key INTEGER NOT NULL,
    url_key  INTEGER NOT NULL,
    PRIMARY KEY (post_key, url_key)
) WITHOUT ROWID;

CREATE TABLE post_mentions (
    post_key    INTEGER NOT NULL,
    account_key INTEGER NOT NULL,
    PRIMARY KEY (post_key, account_key)
) WITHOUT ROWID;

-- Generic shares (CooRTweet's canonical form): an account shared an object (of a kind) through a content item.
CREATE TABLE share_objects (
    object_key INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL,
    object_id  TEXT    NOT NULL,
    UNIQUE (kind, object_id)
);

CREATE TABLE shares (
    object_key  INTEGER NOT NULL,
    content_id  TEXT    NOT NULL,
    account_key INTEGER NOT NULL,
    time        INTEGER NOT NULL,
    PRIMARY KEY (object_key, content_id)
) WITHOUT ROWID;

-- Ingestion progress: one row per input file (by content fingerprint), updated in the same transaction as each
-- batch of its rows, so a killed run resumes exactly where its last commit ended.
CREATE TABLE ingest_files (
    file_key    INTEGER PRIMARY KEY,
    fingerprint TEXT    NOT NULL UNIQUE,
    path        TEXT    NOT NULL,
    format      TEXT    NOT NULL,
    byte_offset INTEGER NOT NULL DEFAULT 0,
    line        INTEGER NOT NULL DEFAULT 1,
    rows_read   INTEGER NOT NULL DEFAULT 0,
    accepted    INTEGER NOT NULL DEFAULT 0,
    duplicates  INTEGER NOT NULL DEFAULT 0,
    rejected    INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    completed   INTEGER NOT NULL DEFAULT 0
);

-- Length of each rejects file as of the last commit, so a resumed run can cut off rejects it will write again.
CREATE TABLE ingest_rejects (
    path   TEXT    PRIMARY KEY,
    length INTEGER NOT NULL
);

-- Secondary indexes on posts dropped for a bulk load into an empty table, kept here (in the same transaction as
-- the drop) until they are rebuilt at the end of the load, or when the store is next opened after a killed load.
CREATE TABLE ingest_deferred_indexes (
    name TEXT PRIMARY KEY,
    sql  TEXT NOT NULL
);

-- String-id views for ad-hoc SQL.
CREATE VIEW v_posts AS
SELECT p.post_key,
       coalesce(pi.post_id, CAST(p.post_key AS TEXT)) AS post_id,
       a.account_id                                    AS author_id,
       p.time,
       p.kind,
       coalesce(ri.post_id, CAST(p.ref_post_key AS TEXT)) AS ref_post_id,
       ra.account_id                                   AS ref_author_id,
       p.language,
       p.text
FROM posts p
JOIN accounts a ON a.account_key = p.author_key
LEFT JOIN post_ids pi ON pi.post_key = p.post_key
LEFT JOIN post_ids ri ON ri.post_key = p.ref_post_key
LEFT JOIN accounts ra ON ra.account_key = p.ref_author_key;

CREATE VIEW v_shares AS
SELECT a.account_id, o.kind AS object_kind, o.object_id, s.content_id, s.time
FROM shares s
JOIN share_objects o ON o.object_key = s.object_key
JOIN accounts a ON a.account_key = s.account_key;
