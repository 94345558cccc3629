package io.plexrecommend.recommender.recommendation;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Content ratings on one kids-to-adults scale (the same levels embedding-service's {@code content_rating_level} uses),
 * so "at most PG-13" also admits TV-14 and a UK 12A. A country prefix ({@code gb/15}) is dropped.
 */
public final class ContentRatings {

    private static final Map<String, Integer> LEVELS = Map.ofEntries(
            Map.entry("G", 0), Map.entry("TV-Y", 0), Map.entry("TV-G", 0), Map.entry("U", 0), Map.entry("0", 0),
            Map.entry("PG", 1), Map.entry("TV-PG", 1), Map.entry("TV-Y7", 1), Map.entry("TV-Y7-FV", 1),
            Map.entry("6", 1), Map.entry("PG-13", 2), Map.entry("TV-14", 2), Map.entry("12", 2),
            Map.entry("12A", 2), Map.entry("R", 3), Map.entry("15", 3), Map.entry("16", 3), Map.entry("NC-17", 4),
            Map.entry("TV-MA", 4), Map.entry("18", 4), Map.entry("R18", 4), Map.entry("X", 4));

    public static OptionalInt level(String rating) {
        if (rating == null || rating.isBlank()) {
            return OptionalInt.empty();
        }
        String value = rating.trim().toUpperCase(Locale.ROOT);
        int slash = value.lastIndexOf('/');
        Integer level = LEVELS.get(slash >= 0 ? value.substring(slash + 1) : value);
        return level == null ? OptionalInt.empty() : OptionalInt.of(level);
    }

    private ContentRatings() {
    }
}
