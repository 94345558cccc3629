package io.plexrecommend.scanner.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.plexrecommend.events.RelatedTitles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * TMDB's crowd lists from a details answer with {@code recommendations} and {@code similar} appended. Each appended
 * object is the first page of its own endpoint, {@code {page, results[], total_pages, total_results}}, in TMDB's
 * order (best first); only {@code results[].id} is kept. Recommendations entries carry a {@code media_type}, similar
 * entries do not: an entry of another media type than the item is dropped, since the list holds ids of the item's
 * own type.
 */
final class TmdbRelated {

    static final Set<String> SOURCES = Set.of(RelatedTitles.TMDB_RECOMMENDATIONS, RelatedTitles.TMDB_SIMILAR);

    /** The non-empty lists of {@code details}; {@code mediaType} is TMDB's {@code movie} or {@code tv}. */
    static List<RelatedTitles> lists(JsonNode details, String mediaType) {
        List<RelatedTitles> lists = new ArrayList<>(2);
        add(lists, RelatedTitles.TMDB_RECOMMENDATIONS, details.path("recommendations"), mediaType);
        add(lists, RelatedTitles.TMDB_SIMILAR, details.path("similar"), mediaType);
        return lists;
    }

    /**
     * The item's lists with its TMDB ones replaced by {@code fresh}: a refresh that finds a list gone drops it, and
     * lists from other sources (the Plex server's, Trakt's) stay as they were.
     */
    static List<RelatedTitles> replace(List<RelatedTitles> current, List<RelatedTitles> fresh) {
        List<RelatedTitles> merged = new ArrayList<>(current.size() + fresh.size());
        current.stream().filter(list -> !SOURCES.contains(list.source())).forEach(merged::add);
        merged.addAll(fresh);
        return merged;
    }

    private static void add(List<RelatedTitles> lists, String source, JsonNode page, String mediaType) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode entry : page.path("results")) {
            JsonNode type = entry.path("media_type");
            JsonNode id = entry.path("id");
            if ((type.isMissingNode() || type.isNull() || mediaType.equals(type.asText()))
                    && id.isIntegralNumber() && id.canConvertToLong()) {
                ids.add(id.asLong());
            }
        }
        RelatedTitles list = new RelatedTitles(source, ids);
        if (!list.tmdbIds().isEmpty()) {
            lists.add(list);
        }
    }

    private TmdbRelated() {
    }
}
