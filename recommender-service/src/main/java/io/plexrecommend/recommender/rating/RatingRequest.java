package io.plexrecommend.recommender.rating;

/** The body (rating: a number, rounded half up to 1–10 by {@link io.plexrecommend.events.RatingValues}) of {@code POST /api/profiles/{profile}/ratings}: {@code {"mediaId":"movie:tmdb:603","rating":9}}. */
public record RatingRequest(String mediaId, Double rating) {
}
