-- Plex playlists of recommendations ("Recommended for <profile>", issue 17).

-- The playlists this app created, by profile: the only playlists it ever changes or deletes. A user's own playlist
-- with the same title is never touched, because it is not found here.
CREATE TABLE plex_playlist (
    profile    TEXT    PRIMARY KEY,
    server_id  TEXT    NOT NULL,       -- machineIdentifier of the Plex server it was created on
    rating_key TEXT    NOT NULL,       -- the playlist's ratingKey there
    updated_at INTEGER NOT NULL        -- epoch ms of the last write
);

-- The latest list of each profile from recommendation-lists, so that switching playlists on (or a new profile token)
-- writes them at once instead of waiting for the next list.
CREATE TABLE recommendation_list (
    profile     TEXT    PRIMARY KEY,
    media_ids   TEXT    NOT NULL,      -- JSON array, best first
    event_id    TEXT    NOT NULL,
    occurred_at INTEGER NOT NULL       -- epoch ms, so an older event never replaces a newer list
);
