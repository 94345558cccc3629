package io.plexrecommend.recommender.rating;

import java.time.Instant;

/** A rating as the API shows it. */
public record StoredRating(String profile, String mediaId, int rating, String source, Instant ratedAt) {

    static StoredRating of(RatingEntity entity) {
        return new StoredRating(entity.profile, entity.mediaId, entity.rating, entity.source, entity.ratedAt);
    }
}
