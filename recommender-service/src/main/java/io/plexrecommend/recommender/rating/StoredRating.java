package io.plexrecommend.recommender.rating;

import java.time.Instant;

/** A rating as the API shows it, with the title it is about (null if the title is not known here). */
public record StoredRating(String mediaId, String title, String type, int rating, Instant ratedAt, String source) {
}
