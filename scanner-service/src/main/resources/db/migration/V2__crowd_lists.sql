-- TMDB's crowd lists (recommendations, similar) now ride on the details call. Titles scanned before hold none, and
-- would keep none: an unchanged Plex entry is skipped without any call, and a cached details answer is used for 30
-- days. So, once:

-- Details answers cached before the lists were asked for lack them. They are keyed by the bare TMDB id; the new ones
-- by the request, appended objects included (TmdbEnrichment.ref), so these would never be read again anyway.
DELETE FROM enrichment WHERE source IN ('tmdb-movie', 'tmdb-tv') AND ref NOT LIKE '%?%';

-- Every scanned Plex entry is read, enriched and compared again at the next scan (null = read again, see V1);
-- one whose result did not change publishes nothing. Demo entries are enriched from bundled data, catalog entries
-- are never scanned: both stay as they are.
UPDATE item SET listing_version = NULL WHERE library_id LIKE 'plex:%';
