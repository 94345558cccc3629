package io.plexrecommend.embedding.media;

import io.plexrecommend.embedding.cache.CachedEmbedding;
import io.plexrecommend.embedding.cache.EmbeddingCache;
import io.plexrecommend.embedding.config.EmbeddingConfig;
import io.plexrecommend.embedding.model.SentenceEmbedder;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * After a model change, every item in the cache that was embedded with another model id is embedded again from its
 * cached input (text and features) and re-published. This runs on its own thread, a batch at a time, so new items
 * on {@code media-items} keep flowing; both share the CPU and the handler's publish lock, which is held only to
 * publish, never while the model runs.
 */
@ApplicationScoped
public class ModelChangeReembedder {

    private static final Logger LOG = Logger.getLogger(ModelChangeReembedder.class);

    private final EmbeddingCache cache;
    private final SentenceEmbedder embedder;
    private final MediaItemHandler handler;
    private final EmbeddingConfig config;
    private volatile Thread worker;
    private volatile boolean stopping;

    public ModelChangeReembedder(EmbeddingCache cache, SentenceEmbedder embedder, MediaItemHandler handler,
            EmbeddingConfig config) {
        this.cache = cache;
        this.embedder = embedder;
        this.handler = handler;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (!config.reembedOnModelChange()) {
            return;
        }
        worker = new Thread(this::run, "model-change-reembedder");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    private static List<String> ids(List<CachedEmbedding> entries) {
        return entries.stream().map(CachedEmbedding::mediaId).toList();
    }

    private void run() {
        try {
            reembedStale();
        } catch (RuntimeException e) {
            // Not fatal: those items keep their old vectors until their next media-items event or the next start.
            LOG.errorf(e, "Re-embedding after the model change stopped");
        }
    }

    /** Re-embeds every cached item of another model id, a batch at a time; returns how many were published. */
    public int reembedStale() {
        String modelId = embedder.modelId();
        int total = 0;
        List<CachedEmbedding> stale = cache.embeddedByOtherModel(modelId, config.batchSize());
        if (!stale.isEmpty()) {
            LOG.infof("Model is now %s: re-embedding cached items of other models in the background", modelId);
        }
        while (!stale.isEmpty() && !stopping) {
            List<float[]> vectors = embedder.embedAll(stale.stream().map(CachedEmbedding::text).toList(),
                    config.batchSize());
            int published = handler.republish(stale, vectors);
            total += published;
            List<CachedEmbedding> next = cache.embeddedByOtherModel(modelId, config.batchSize());
            if (published == 0 && ids(next).equals(ids(stale))) {
                break;
            }
            stale = next;
        }
        if (total > 0) {
            LOG.infof("Re-embedded %d cached items with %s", total, modelId);
        }
        return total;
    }
}
