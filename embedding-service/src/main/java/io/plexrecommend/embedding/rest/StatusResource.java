package io.plexrecommend.embedding.rest;

import io.plexrecommend.embedding.media.EmbeddingStats;
import io.plexrecommend.embedding.model.SentenceEmbedder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/status")
public class StatusResource {

    private final SentenceEmbedder embedder;
    private final EmbeddingStats stats;

    public StatusResource(SentenceEmbedder embedder, EmbeddingStats stats) {
        this.embedder = embedder;
        this.stats = stats;
    }

    /** The model in use and how many embeddings were computed or skipped as unchanged since start. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public EmbeddingStatus status() {
        return new EmbeddingStatus(embedder.modelId(), embedder.dimension(), stats.computed(),
                stats.skippedUnchanged(), stats.reembedded(), stats.refreshed());
    }
}
