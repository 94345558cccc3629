package io.plexrecommend.graph.rest;

import io.plexrecommend.graph.embedding.EmbeddingRun;
import io.plexrecommend.graph.rebuild.RebuildState;

/**
 * {@code GET /api/status}: the store's size ({@code items}, {@code triples}, {@code diskBytes}, {@code compactions}),
 * the text vectors held as node features, the latest rebuild and the latest graph-embedding run ({@code null}
 * before the first).
 */
public record ServiceStatus(long items, long triples, long diskBytes, long compactions, int textVectors,
        boolean embeddingsPending, RebuildState rebuild, EmbeddingRun embeddings) {
}
