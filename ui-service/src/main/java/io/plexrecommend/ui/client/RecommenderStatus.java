package io.plexrecommend.ui.client;

/** Counts reported by recommender-service's {@code GET /api/status}. */
public record RecommenderStatus(long itemsKnown, long itemsEmbedded, long itemsInGraph, long ratingsProcessed) {
}
