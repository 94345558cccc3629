package io.plexrecommend.ui.client;

import java.util.List;

/** Filters of the top-recommendations list, as recommender-service's query parameters take them. */
public record RecommendationFilter(Integer limit, List<String> genres, List<String> excludedGenres,
        String maxContentRating, boolean inLibraryOnly) {

    public RecommendationFilter {
        genres = genres == null ? List.of() : List.copyOf(genres);
        excludedGenres = excludedGenres == null ? List.of() : List.copyOf(excludedGenres);
        maxContentRating = maxContentRating == null || maxContentRating.isBlank() ? null : maxContentRating;
    }
}
