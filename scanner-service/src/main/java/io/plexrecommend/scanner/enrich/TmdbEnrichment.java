package io.plexrecommend.scanner.enrich;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.scanner.settings.Settings;
import io.plexrecommend.scanner.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Enriches Plex items: movies from one TMDB call (details with keywords, credits, external ids and TMDB's
 * recommendations and similar titles), shows from TMDB (creators, keywords, whole-run cast, networks, status, the same
 * two crowd lists) and TVDB (genres, tags, characters, status). A movie known
 * only by its IMDb id is first found on TMDB. Answers come from the {@link EnrichmentCache} when fresh. A source that
 * is not configured is skipped; one that fails makes the item fail enrichment (it is still published from Plex).
 */
@ApplicationScoped
public class TmdbEnrichment implements ItemEnrichment {

    private final TmdbClient tmdb;
    private final TvdbClient tvdb;
    private final EnrichmentCache cache;
    private final SettingsService settings;
    private final ObjectMapper json;

    public TmdbEnrichment(TmdbClient tmdb, TvdbClient tvdb, EnrichmentCache cache, SettingsService settings,
            ObjectMapper json) {
        this.tmdb = tmdb;
        this.tvdb = tvdb;
        this.cache = cache;
        this.settings = settings;
        this.json = json;
    }

    @Override
    public MediaItem enrich(MediaItem item) {
        Settings current = settings.current();
        MediaItem result = item;
        Optional<TmdbCredential> key = TmdbCredential.from(current);
        if (key.isPresent()) {
            result = item.type() == MediaType.MOVIE ? movie(key.get(), result) : tv(key.get(), result);
        }
        if (item.type() == MediaType.SHOW && current.tvdbConfigured() && result.externalIds().tvdb() != null) {
            long id = result.externalIds().tvdb();
            TvdbClient.Credential credential = new TvdbClient.Credential(current.tvdbApiKey(), current.tvdbPin());
            Optional<String> body = cache.get("tvdb-series", Long.toString(id), () -> checked("TVDB", "series " + id, tvdb.series(credential, id)));
            if (body.isPresent()) {
                result = TmdbMerge.tvdbSeries(result, parse("TVDB", "series " + id, body.get()).path("data"));
            }
        }
        return result.mediaId().equals(item.mediaId()) && result.externalIds().equals(item.externalIds())
                ? result : result.toBuilder().mediaId(null).build();
    }

    private MediaItem movie(TmdbCredential key, MediaItem item) {
        Long id = item.externalIds().tmdb();
        if (id == null && item.externalIds().imdb() != null) {
            id = find(key, item.externalIds().imdb(), "imdb_id", "movie_results");
        }
        if (id == null) {
            return item;
        }
        long tmdbId = id;
        Optional<String> body = cache.get("tmdb-movie", ref(tmdbId, TmdbClient.MOVIE_APPEND),
                () -> checked("TMDB", "movie " + tmdbId, tmdb.movie(key, tmdbId)));
        return body.map(b -> TmdbMerge.movie(item, parse("TMDB", "movie " + tmdbId, b))).orElse(item);
    }

    private MediaItem tv(TmdbCredential key, MediaItem item) {
        Long id = item.externalIds().tmdb();
        if (id == null && item.externalIds().tvdb() != null) {
            id = find(key, item.externalIds().tvdb().toString(), "tvdb_id", "tv_results");
        }
        if (id == null && item.externalIds().imdb() != null) {
            id = find(key, item.externalIds().imdb(), "imdb_id", "tv_results");
        }
        if (id == null) {
            return item;
        }
        long tmdbId = id;
        Optional<String> body = cache.get("tmdb-tv", ref(tmdbId, TmdbClient.TV_APPEND),
                () -> checked("TMDB", "tv " + tmdbId, tmdb.tv(key, tmdbId)));
        return body.map(b -> TmdbMerge.tv(item, parse("TMDB", "tv " + tmdbId, b))).orElse(item);
    }

    /**
     * A details answer is cached under the request that produced it, appended objects included: an answer fetched
     * for a shorter list (before the crowd lists were asked for) holds no {@code recommendations}, so it must not
     * stand in for the current request. Changing the list is then a cache miss, and the next enrichment asks again.
     */
    static String ref(long tmdbId, String append) {
        return tmdbId + "?append_to_response=" + append;
    }

    private Long find(TmdbCredential key, String externalId, String source, String resultField) {
        Optional<String> body = cache.get("tmdb-find", source + ":" + externalId,
                () -> checked("TMDB", "find " + externalId, tmdb.find(key, externalId, source)));
        JsonNode first = body.map(b -> parse("TMDB", "find " + externalId, b).path(resultField).path(0))
                .orElse(null);
        return first != null && first.path("id").canConvertToLong() && first.path("id").asLong() > 0
                ? first.path("id").asLong() : null;
    }

    private JsonNode parse(String service, String what, String body) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw new EnrichmentException(service + " answered " + what + " with something that is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new EnrichmentException(service + " answered " + what + " with malformed JSON");
        }
    }

    /** Only well-formed answers are cached: a broken one is reported now and asked for again next scan. */
    private Optional<String> checked(String service, String what, Optional<String> body) {
        body.ifPresent(b -> parse(service, what, b));
        return body;
    }
}
