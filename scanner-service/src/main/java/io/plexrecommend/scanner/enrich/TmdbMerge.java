package io.plexrecommend.scanner.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.plexrecommend.events.ExternalIds;
import io.plexrecommend.events.ImageRef;
import io.plexrecommend.events.MediaItem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/**
 * Merges TMDB and TVDB answers into an item. What the user's library says about titles, genres, summary and poster
 * wins (they may have edited it); the sources fill what it lacks and add what it never has: keywords, the full cast,
 * directors and creators, companies, collection, language, status, popularity and votes, and TMDB's crowd lists
 * ({@link TmdbRelated}).
 */
final class TmdbMerge {

    /** Cast members kept, in billing order. */
    static final int CAST_LIMIT = 15;

    static MediaItem movie(MediaItem item, JsonNode m) {
        JsonNode credits = m.path("credits");
        List<String> cast = names(sorted(credits.path("cast")), n -> true, "name", CAST_LIMIT);
        List<String> directors = names(credits.path("crew"), n -> "Director".equals(n.path("job").asText()), "name", 10);
        String imdb = text(m, "imdb_id") != null ? text(m, "imdb_id") : text(m.path("external_ids"), "imdb_id");
        return item.toBuilder()
                .externalIds(item.externalIds().orElse(new ExternalIds(id(m, "id"), null, imdb)))
                .originalTitle(or(item.originalTitle(), text(m, "original_title")))
                .overview(or(item.overview(), text(m, "overview")))
                .tagline(or(item.tagline(), text(m, "tagline")))
                .runtimeMinutes(item.runtimeMinutes() != null ? item.runtimeMinutes() : positive(m, "runtime"))
                .genres(item.genres().isEmpty() ? names(m.path("genres"), n -> true, "name", 20) : item.genres())
                .keywords(union(item.keywords(), names(m.path("keywords").path("keywords"), n -> true, "name", 50)))
                .cast(cast.size() > item.cast().size() ? cast : item.cast())
                .directors(item.directors().isEmpty() ? directors : item.directors())
                .studios(union(item.studios(), names(m.path("production_companies"), n -> true, "name", 10)))
                .collection(or(item.collection(), text(m.path("belongs_to_collection"), "name")))
                .originalLanguage(or(item.originalLanguage(), text(m, "original_language")))
                .countries(item.countries().isEmpty()
                        ? names(m.path("production_countries"), n -> true, "iso_3166_1", 10) : item.countries())
                .releaseDate(item.releaseDate() != null ? item.releaseDate() : date(text(m, "release_date")))
                .status(or(item.status(), text(m, "status")))
                .popularity(number(m, "popularity", item.popularity()))
                .voteAverage(number(m, "vote_average", item.voteAverage()))
                .voteCount(m.path("vote_count").canConvertToInt() ? Integer.valueOf(m.path("vote_count").asInt()) : item.voteCount())
                .poster(item.poster() != null ? item.poster() : poster(m))
                .related(TmdbRelated.replace(item.related(), TmdbRelated.lists(m, "movie")))
                .build();
    }

    static MediaItem tv(MediaItem item, JsonNode t) {
        JsonNode ext = t.path("external_ids");
        List<String> cast = names(sorted(t.path("aggregate_credits").path("cast")), n -> true, "name", CAST_LIMIT);
        Integer episodeRuntime = t.path("episode_run_time").path(0).canConvertToInt()
                ? t.path("episode_run_time").path(0).asInt() : null;
        return item.toBuilder()
                .externalIds(item.externalIds().orElse(new ExternalIds(id(t, "id"), id(ext, "tvdb_id"), text(ext, "imdb_id"))))
                .originalTitle(or(item.originalTitle(), text(t, "original_name")))
                .overview(or(item.overview(), text(t, "overview")))
                .tagline(or(item.tagline(), text(t, "tagline")))
                .runtimeMinutes(item.runtimeMinutes() != null ? item.runtimeMinutes() : episodeRuntime)
                .genres(item.genres().isEmpty() ? names(t.path("genres"), n -> true, "name", 20) : item.genres())
                .keywords(union(item.keywords(), names(t.path("keywords").path("results"), n -> true, "name", 50)))
                .cast(cast.size() > item.cast().size() ? cast : item.cast())
                .creators(union(item.creators(), names(t.path("created_by"), n -> true, "name", 10)))
                .studios(union(item.studios(), union(names(t.path("networks"), n -> true, "name", 5),
                        names(t.path("production_companies"), n -> true, "name", 10))))
                .originalLanguage(or(item.originalLanguage(), text(t, "original_language")))
                .countries(item.countries().isEmpty() ? strings(t.path("origin_country")) : item.countries())
                .releaseDate(item.releaseDate() != null ? item.releaseDate() : date(text(t, "first_air_date")))
                .status(or(item.status(), text(t, "status")))
                .popularity(number(t, "popularity", item.popularity()))
                .voteAverage(number(t, "vote_average", item.voteAverage()))
                .voteCount(t.path("vote_count").canConvertToInt() ? Integer.valueOf(t.path("vote_count").asInt()) : item.voteCount())
                .poster(item.poster() != null ? item.poster() : poster(t))
                .related(TmdbRelated.replace(item.related(), TmdbRelated.lists(t, "tv")))
                .build();
    }

    /** TVDB's extended series record: genres, tags (its keywords), characters (cast), status, cross-ids. */
    static MediaItem tvdbSeries(MediaItem item, JsonNode s) {
        List<String> actors = names(sortedBy(s.path("characters"), "sort"),
                n -> "Actor".equalsIgnoreCase(n.path("peopleType").asText()) || n.path("type").asInt() == 3,
                "personName", CAST_LIMIT);
        Long tmdb = null;
        String imdb = null;
        for (JsonNode remote : s.path("remoteIds")) {
            String source = remote.path("sourceName").asText("").toLowerCase(java.util.Locale.ROOT);
            String value = remote.path("id").asText(null);
            if (source.contains("imdb") && value != null && value.matches("tt\\d+")) {
                imdb = value;
            } else if (source.contains("themoviedb") && value != null && value.matches("\\d{1,18}")) {
                tmdb = Long.valueOf(value);
            }
        }
        return item.toBuilder()
                .externalIds(item.externalIds().orElse(new ExternalIds(tmdb, id(s, "id"), imdb)))
                .overview(or(item.overview(), text(s, "overview")))
                .genres(item.genres().isEmpty() ? names(s.path("genres"), n -> true, "name", 20) : item.genres())
                .keywords(union(item.keywords(), names(s.path("tags"), n -> true, "name", 50)))
                .cast(actors.size() > item.cast().size() ? actors : item.cast())
                .status(or(item.status(), text(s.path("status"), "name")))
                .runtimeMinutes(item.runtimeMinutes() != null ? item.runtimeMinutes() : positive(s, "averageRuntime"))
                .build();
    }

    private static ImageRef poster(JsonNode node) {
        String path = text(node, "poster_path");
        return path == null ? null : new ImageRef("tmdb", path);
    }

    private static List<JsonNode> sorted(JsonNode cast) {
        return sortedBy(cast, "order");
    }

    private static List<JsonNode> sortedBy(JsonNode array, String field) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        list.sort(Comparator.comparingInt(n -> n.path(field).asInt(Integer.MAX_VALUE)));
        return list;
    }

    private static List<String> names(Iterable<JsonNode> nodes, Predicate<JsonNode> filter, String field, int limit) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        StreamSupport.stream(nodes.spliterator(), false).filter(filter).map(n -> text(n, field))
                .filter(java.util.Objects::nonNull).limit(limit).forEach(names::add);
        return List.copyOf(names);
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> {
            if (n.isTextual() && !n.asText().isBlank()) {
                list.add(n.asText());
            }
        });
        return list;
    }

    private static List<String> union(List<String> a, List<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static String or(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() && !v.asText().isBlank() ? v.asText().strip() : null;
    }

    private static Long id(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.canConvertToLong() && v.asLong() > 0 ? v.asLong() : null;
    }

    private static Integer positive(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.canConvertToInt() && v.asInt() > 0 ? v.asInt() : null;
    }

    private static Double number(JsonNode node, String field, Double otherwise) {
        JsonNode v = node.path(field);
        // Boxed on purpose: with a primitive branch the ternary would unbox a null "otherwise" (an NPE whenever TMDB
        // leaves the field out and the library had no value either).
        return v.isNumber() ? Double.valueOf(v.asDouble()) : otherwise;
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private TmdbMerge() {
    }
}
