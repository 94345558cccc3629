package io.plexrecommend.ui.client;

/** The one field of recommender-service's item the UI needs on its own: the title, for poster placeholders. */
public record ItemSummary(String mediaId, String title) {
}
