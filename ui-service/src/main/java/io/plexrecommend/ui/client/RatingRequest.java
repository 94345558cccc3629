package io.plexrecommend.ui.client;

/** Body of {@code POST /api/profiles/{profile}/ratings}: a 1–10 rating of one media item. */
public record RatingRequest(String mediaId, int rating) {
}
