-- scanner-service state. Secrets live here (settings, profile_token): the file is the service's own store, under
-- <data-dir>/scanner/, never served or logged.

-- Connection settings saved through PUT /api/settings. A row overrides the environment default; value '' = cleared.
CREATE TABLE setting (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Plex Home users scanned as their own profiles, each with their own Plex token.
CREATE TABLE profile_token (
    profile    TEXT PRIMARY KEY,
    plex_token TEXT NOT NULL
);

-- Every item a scan has published: how its library knows it (library + ratingKey) and what it became.
CREATE TABLE item (
    library_id      TEXT    NOT NULL,  -- 'plex:1' or 'demo:1'
    rating_key      TEXT    NOT NULL,
    media_id        TEXT    NOT NULL,
    type            TEXT    NOT NULL,
    title           TEXT    NOT NULL,
    norm_title      TEXT    NOT NULL,  -- lower case, accents and punctuation removed: for rating imports
    year            INTEGER,
    tmdb_id         INTEGER,
    tvdb_id         INTEGER,
    imdb_id         TEXT,
    listing_version TEXT,              -- Plex updatedAt + the user's rating and watches as last published;
                                       -- null = read and publish again next scan
    poster_source   TEXT,
    poster_path     TEXT,
    content_hash    TEXT    NOT NULL,  -- sha-256 of the published item
    last_scan_id    TEXT,
    PRIMARY KEY (library_id, rating_key)
);
CREATE INDEX item_media_id ON item (media_id);
CREATE INDEX item_imdb_id ON item (imdb_id);
CREATE INDEX item_tmdb_id ON item (tmdb_id);
CREATE INDEX item_title ON item (norm_title, year);

-- What each profile's Plex account said about an item last time, so rescans and webhooks publish only changes.
CREATE TABLE plex_user_state (
    profile        TEXT NOT NULL,
    media_id       TEXT NOT NULL,
    rating         INTEGER,            -- 1-10, null = not rated
    last_viewed_at INTEGER,            -- epoch s of the last watch published, null = never
    PRIMARY KEY (profile, media_id)
);

-- Raw TMDB/TVDB answers, refreshed after scanner.enrich.refresh-age (30 days).
CREATE TABLE enrichment (
    source     TEXT    NOT NULL,       -- 'tmdb-movie', 'tmdb-tv', 'tmdb-find', 'tvdb-series'
    ref        TEXT    NOT NULL,
    body       TEXT,                   -- null = the source does not know it (404)
    fetched_at INTEGER NOT NULL,       -- epoch ms
    PRIMARY KEY (source, ref)
);

-- Scan jobs: progress for the API and a checkpoint (library index + page start) to resume after a restart.
CREATE TABLE scan (
    id          TEXT    PRIMARY KEY,
    kind        TEXT    NOT NULL,      -- 'plex' or 'demo'
    state       TEXT    NOT NULL,
    libraries   TEXT    NOT NULL,      -- JSON array of library ids
    total       INTEGER,
    seen        INTEGER NOT NULL DEFAULT 0,
    published   INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0,
    failures    TEXT    NOT NULL DEFAULT '[]',
    checkpoint  TEXT,                  -- JSON {"library":i,"start":n,"complete":[...]} of the last finished page
    created_at  INTEGER NOT NULL,
    started_at  INTEGER,
    finished_at INTEGER
);
