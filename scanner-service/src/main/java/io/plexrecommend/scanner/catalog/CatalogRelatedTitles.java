package io.plexrecommend.scanner.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.plexrecommend.events.RelatedTitles;
import java.util.ArrayList;
import java.util.List;

/**
 * A catalog line's crowd lists: {@code recommendations} (TMDB's recommendations, or what a data set derived in their
 * place) and {@code similar} (TMDB's similar titles), each an array of TMDB ids of the line's own media type, best
 * first. Ids may be numbers or digit strings, as {@code tmdb_id} may; anything else fails the line, naming the field
 * and the value, because a list silently cut short would skew every recommendation that follows it.
 */
final class CatalogRelatedTitles {

    static List<RelatedTitles> read(JsonNode line) {
        List<RelatedTitles> lists = new ArrayList<>(2);
        add(lists, line, "recommendations", RelatedTitles.TMDB_RECOMMENDATIONS);
        add(lists, line, "similar", RelatedTitles.TMDB_SIMILAR);
        return lists;
    }

    private static void add(List<RelatedTitles> lists, JsonNode line, String field, String source) {
        JsonNode value = line.get(field);
        if (value == null || value.isNull()) {
            return;
        }
        if (!value.isArray()) {
            throw new InvalidCatalogLineException(field + " must be a list of TMDB ids, was " + value.getNodeType());
        }
        List<Long> ids = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            ids.add(tmdbId(field, element));
        }
        if (!ids.isEmpty()) {
            lists.add(new RelatedTitles(source, ids));
        }
    }

    private static long tmdbId(String field, JsonNode element) {
        if (element.isIntegralNumber() && element.canConvertToLong() && element.asLong() > 0) {
            return element.asLong();
        }
        String text = element.isTextual() ? element.asText().strip() : "";
        if (text.matches("\\d{1,18}") && Long.parseLong(text) > 0) {
            return Long.parseLong(text);
        }
        throw new InvalidCatalogLineException(field + " must be a list of TMDB ids (positive whole numbers), has "
                + abbreviate(element.toString()));
    }

    /** A refused value is repeated up to its first 100 characters, as elsewhere in the service's answers. */
    private static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }

    private CatalogRelatedTitles() {
    }
}
