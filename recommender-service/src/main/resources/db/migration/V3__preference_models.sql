-- The background trainer's per-profile preference models (trainer.HeadTrainer): a linear head over the preference
-- features and the text vector, fitted with DJL/PyTorch. state_hash says which state of the profile it learned from.
CREATE TABLE preference_models (
    profile    TEXT PRIMARY KEY NOT NULL,
    trained_at INTEGER NOT NULL,
    state_hash INTEGER NOT NULL,
    dimension  INTEGER NOT NULL,
    weights    BLOB NOT NULL,
    loss       REAL NOT NULL
);
