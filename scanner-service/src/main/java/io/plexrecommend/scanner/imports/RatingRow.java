package io.plexrecommend.scanner.imports;

import java.time.Instant;

/**
 * One rating read from an export, before matching: any of the ids may be null; {@code type} is {@code movie},
 * {@code show} or null (unknown).
 *
 * @param rating on the 1-10 scale
 */
record RatingRow(long line, String title, Integer year, String type, String imdb, Long tmdb, Long tvdb, int rating,
        Instant ratedAt) {
}
