-- Issue 6: profiles and their other signals (watched, dismissed), the metadata the model tokenises, feature and
-- graph vectors.
-- The similarity matrices live in memory, rebuilt from these tables at start (see README). Instants are epoch milliseconds; lists JSON arrays.

ALTER TABLE media_items ADD COLUMN keywords TEXT NOT NULL DEFAULT '[]';
ALTER TABLE media_items ADD COLUMN cast_members TEXT NOT NULL DEFAULT '[]';
ALTER TABLE media_items ADD COLUMN directors TEXT NOT NULL DEFAULT '[]';
ALTER TABLE media_items ADD COLUMN collection TEXT;
ALTER TABLE media_items ADD COLUMN original_language TEXT;
-- 1 when the item came from a Plex library (it has a Plex reference), for the in-library filter.
ALTER TABLE media_items ADD COLUMN in_library INTEGER NOT NULL DEFAULT 0;

ALTER TABLE item_embeddings ADD COLUMN feature_schema TEXT;
ALTER TABLE item_embeddings ADD COLUMN features BLOB;

CREATE TABLE item_graph_vectors (
    media_id   TEXT PRIMARY KEY NOT NULL,
    model_id   TEXT NOT NULL,
    trained_at INTEGER NOT NULL,
    dimension  INTEGER NOT NULL,
    vector     BLOB NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Household members. A profile exists once created through the API or once any event names it.
CREATE TABLE profiles (
    profile    TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE dismissals (
    profile      TEXT NOT NULL,
    media_id     TEXT NOT NULL,
    dismissed_at INTEGER NOT NULL,
    PRIMARY KEY (profile, media_id)
);

CREATE TABLE watched (
    profile    TEXT NOT NULL,
    media_id   TEXT NOT NULL,
    watched_at INTEGER NOT NULL,
    PRIMARY KEY (profile, media_id)
);

CREATE INDEX ratings_profile ON ratings (profile);
