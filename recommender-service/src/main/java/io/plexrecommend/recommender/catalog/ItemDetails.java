package io.plexrecommend.recommender.catalog;

import java.util.List;
import java.util.Map;

/**
 * An item as {@code GET /api/items/{id}} shows it. {@code images} holds the image references as scanner stored them
 * ({@code {"poster":{"source":"tmdb","path":"/abc.jpg"}}}); ui-service turns them into pictures through scanner.
 */
public record ItemDetails(String mediaId, String type, String title, Integer year, List<String> genres,
        String contentRating, Integer runtimeMinutes, String summary, String tagline, List<String> directors,
        List<String> cast, List<String> keywords, String originalLanguage, Double voteAverage, Integer voteCount,
        boolean inLibrary, Map<String, Map<String, String>> images) {

    public static ItemDetails of(MediaItemEntity item) {
        Map<String, Map<String, String>> images = item.posterPath == null ? Map.of()
                : Map.of("poster", Map.of("source", item.posterSource == null ? "" : item.posterSource,
                        "path", item.posterPath));
        return new ItemDetails(item.mediaId, item.type, item.title, item.year, item.genres, item.contentRating,
                item.runtimeMinutes, item.overview, item.tagline, item.directors, item.cast, item.keywords,
                item.originalLanguage, item.voteAverage, item.voteCount, item.inLibrary, images);
    }
}
