package io.plexrecommend.embedding.cache;

/**
 * What the service last published for an item: the hash that makes a replay a no-op, the model that produced it,
 * and the model input (text and features), so a model change can re-embed the item without re-reading the topic.
 */
public record CachedEmbedding(String mediaId, String contentHash, String modelId, String text, String featureSchema,
        float[] features) {
}
