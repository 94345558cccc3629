package io.plexrecommend.recommender.catalog;

import java.util.List;

/**
 * Bounds on what the recommender keeps of one item, whatever a producer sent (issue 19: a 1 MB overview, lists of
 * thousands of names). Every stored keyword and name becomes a dimension of the item's metadata vector and is read
 * at every model refresh, so a hostile item would slow every recommendation, not only its own. Real items stay far
 * below: TMDB keywords rarely exceed 40, overviews 1,000 characters.
 */
final class Bounded {

    static final int MAX_TEXT_CHARS = 4_000;
    static final int MAX_NAME_CHARS = 500;
    static final int MAX_LIST_VALUES = 100;

    /** At most {@code max} characters; "…" marks a cut. */
    static String text(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max) + "…";
    }

    /** The first {@link #MAX_LIST_VALUES} values that are not longer than a name may be. */
    static List<String> list(List<String> values) {
        if (values.size() <= MAX_LIST_VALUES && values.stream().allMatch(v -> v.length() <= MAX_NAME_CHARS)) {
            return values;
        }
        return values.stream().filter(v -> v.length() <= MAX_NAME_CHARS).limit(MAX_LIST_VALUES).toList();
    }

    private Bounded() {
    }
}
