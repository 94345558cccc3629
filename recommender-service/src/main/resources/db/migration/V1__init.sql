-- The recommender's state. Generated ids are declared `INTEGER PRIMARY KEY` (upper case, exactly) so SQLite makes
-- them aliases of the rowid and hands out values: an untyped id column stays NULL (see stack.md, pitfall 4).
-- Instants are epoch milliseconds; lists are JSON arrays as text.

CREATE TABLE media_items (
    media_id        TEXT PRIMARY KEY NOT NULL,
    type            TEXT NOT NULL,
    title           TEXT NOT NULL,
    year            INTEGER,
    runtime_minutes INTEGER,
    genres          TEXT NOT NULL DEFAULT '[]',
    overview        TEXT,
    tagline         TEXT,
    content_rating  TEXT,
    popularity      REAL,
    vote_average    REAL,
    vote_count      INTEGER,
    poster_source   TEXT,
    poster_path     TEXT,
    removed         INTEGER NOT NULL DEFAULT 0,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX media_items_type ON media_items (type, removed);

CREATE TABLE item_embeddings (
    media_id     TEXT PRIMARY KEY NOT NULL,
    model_id     TEXT NOT NULL,
    dimension    INTEGER NOT NULL,
    vector       BLOB NOT NULL,
    content_hash TEXT,
    updated_at   INTEGER NOT NULL
);

-- Separate from media_items because graph events may arrive before the item they describe.
CREATE TABLE item_graph (
    media_id     TEXT PRIMARY KEY NOT NULL,
    triple_count INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);

CREATE TABLE ratings (
    id       INTEGER PRIMARY KEY,
    profile  TEXT NOT NULL,
    media_id TEXT NOT NULL,
    rating   INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 10),
    source   TEXT NOT NULL,
    rated_at INTEGER NOT NULL,
    event_id TEXT NOT NULL,
    CONSTRAINT ratings_profile_media UNIQUE (profile, media_id)
);

CREATE TABLE applied_events (
    event_id   TEXT PRIMARY KEY NOT NULL,
    topic      TEXT NOT NULL,
    applied_at INTEGER NOT NULL
);
CREATE INDEX applied_events_topic ON applied_events (topic);
