package io.plexrecommend.embedding.rest;

/** What {@code GET /api/status} returns. */
public record EmbeddingStatus(String modelId, int dimension, long computed, long skippedUnchanged,
        long reembeddedForModelChange, long reembeddedOnRequest) {
}
