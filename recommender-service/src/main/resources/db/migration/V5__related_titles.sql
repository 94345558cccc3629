-- Crowd lists (media-items' `related`): what public sources say each title goes with, as TMDB ids of the title's
-- type, so the recommender can learn item-item evidence without strangers' ratings. `tmdb_id` is how those lists
-- name a title (a show's media id is usually its TVDB id). Items stored before this migration get their lists with
-- their next media-items event (a rescan, a re-import or a replay of the compacted topic).
ALTER TABLE media_items ADD COLUMN tmdb_id INTEGER;
ALTER TABLE media_items ADD COLUMN related TEXT NOT NULL DEFAULT '[]';
