package io.plexrecommend.scanner.demo;

import java.util.List;

/**
 * One title of the bundled demo library: factual metadata (ids, year, genres, people, keywords) and a one-sentence
 * logline written for this project. {@code imdb}, {@code tvdb}, {@code runtime} and {@code contentRating} may be null.
 */
public record DemoTitle(String type, long tmdb, Long tvdb, String imdb, String title, int year, Integer runtime,
        String contentRating, List<String> genres, List<String> directors, List<String> creators, List<String> cast,
        List<String> keywords, String logline) {
}
