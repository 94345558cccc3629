package io.plexrecommend.recommender.catalog;

/** Fired when an embedding was written, so the in-memory index follows once the transaction commits. */
public record EmbeddingStored(String mediaId, String modelId, float[] vector) {
}
