package io.plexrecommend.recommender.rating;

/** The body of {@code POST /api/profiles/{profile}/dismissals}: {@code {"mediaId":"movie:tmdb:603"}}. */
public record MediaRequest(String mediaId) {
}
