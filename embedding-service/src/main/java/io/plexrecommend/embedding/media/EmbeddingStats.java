package io.plexrecommend.embedding.media;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** How much work the model did and how much the content hash saved, for {@code /q/metrics} and the status API. */
@ApplicationScoped
public class EmbeddingStats {

    private final Counter computed;
    private final Counter skippedUnchanged;
    private final Counter reembedded;
    private final Counter refreshed;

    public EmbeddingStats(MeterRegistry registry) {
        computed = Counter.builder("embeddings.computed")
                .description("Item texts run through the embedding model")
                .register(registry);
        skippedUnchanged = Counter.builder("embeddings.skipped.unchanged")
                .description("Discovered items not embedded again because their text was unchanged")
                .register(registry);
        reembedded = Counter.builder("embeddings.reembedded.model.change")
                .description("Cached items embedded again in the background because the model id changed")
                .register(registry);
        refreshed = Counter.builder("embeddings.reembedded.requested")
                .description("Cached items embedded again because another service asked (POST /api/embeddings/refresh)")
                .register(registry);
    }

    void recordComputed(int count) {
        computed.increment(count);
    }

    void recordReembedded(int count) {
        reembedded.increment(count);
    }

    void recordRefreshed(int count) {
        refreshed.increment(count);
    }

    public long refreshed() {
        return (long) refreshed.count();
    }

    public long reembedded() {
        return (long) reembedded.count();
    }

    void recordSkippedUnchanged() {
        skippedUnchanged.increment();
    }

    public long computed() {
        return (long) computed.count();
    }

    public long skippedUnchanged() {
        return (long) skippedUnchanged.count();
    }
}
