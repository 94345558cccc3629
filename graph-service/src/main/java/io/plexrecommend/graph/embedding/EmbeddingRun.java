package io.plexrecommend.graph.embedding;

import java.time.Instant;

/**
 * The latest training run: what it saw, how long it took and whether it started from the previous weights.
 * {@code trainedAt} is the run's identity on {@code graph-embeddings}.
 */
public record EmbeddingRun(String modelId, Instant trainedAt, int items, int attributes, int edges, int epochs,
        boolean warmStart, float firstLoss, float lastLoss, long trainMillis, long totalMillis) {
}
