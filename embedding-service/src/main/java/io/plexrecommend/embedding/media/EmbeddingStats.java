package io.plexrecommend.embedding.media;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** How much work the model did and how much the content hash saved, for {@code /q/metrics} and the status API. */
@ApplicationScoped
public class EmbeddingStats {

    private final Counter computed;
    private final Counter skippedUnchanged;

    public EmbeddingStats(MeterRegistry registry) {
        computed = Counter.builder("embeddings.computed")
                .description("Item texts run through the embedding model")
                .register(registry);
        skippedUnchanged = Counter.builder("embeddings.skipped.unchanged")
                .description("Discovered items not embedded again because their text was unchanged")
                .register(registry);
    }

    void recordComputed() {
        computed.increment();
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
