-- The content similarity matrix of the last full build (top-K per item), so a restart serves "more like this" and
-- content scores at once instead of after a full rebuild (about 50 s for 20,000 items on two cores).
-- One row per item: its neighbours' media ids (newline-separated, best first) and their similarities
-- (little-endian float32, same order).
CREATE TABLE content_neighbours (
    media_id      TEXT PRIMARY KEY NOT NULL,
    neighbour_ids TEXT NOT NULL,
    similarities  BLOB NOT NULL
);

-- What the stored rows were built with: a matrix of another K or content blend is not loaded.
CREATE TABLE content_matrix_build (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    built_at INTEGER NOT NULL,
    items    INTEGER NOT NULL,
    k        INTEGER NOT NULL,
    weights  TEXT NOT NULL
);
