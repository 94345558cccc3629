package io.plexrecommend.recommender.rating;

/** The body of {@code POST /api/profiles/{profile}/ratings}: {@code {"mediaId":"movie:tmdb:603","rating":9}}. */
public record RatingRequest(String mediaId, Integer rating) {
}
