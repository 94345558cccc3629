package io.plexrecommend.graph.embedding;

import java.time.Instant;

/**
 * The latest training run: what it saw, how long it took, whether it started from the previous (or saved) weights
 * and whether it stopped because the held-out loss was flat ({@code converged}) rather than at the step limit.
 * {@code trainedAt} is the run's identity on {@code graph-embeddings}.
 */
public record EmbeddingRun(String modelId, Instant trainedAt, int items, int attributes, int edges, int steps,
        boolean converged, boolean warmStart, float firstLoss, float lastLoss, long trainMillis, long totalMillis) {
}
