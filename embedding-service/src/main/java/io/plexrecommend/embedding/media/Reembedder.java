package io.plexrecommend.embedding.media;

import io.plexrecommend.embedding.cache.CachedEmbedding;
import io.plexrecommend.embedding.cache.EmbeddingCache;
import io.plexrecommend.embedding.config.EmbeddingConfig;
import io.plexrecommend.embedding.model.SentenceEmbedder;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Embeds cached items again from their cached input (text and features) and re-publishes them, in the background:
 * after a model change, every item embedded with another model id (at startup); on request
 * ({@code POST /api/embeddings/refresh}), the items asked for. Both run on one thread, a batch at a time, in the
 * order they were asked for, so new items on {@code media-items} keep flowing; they share the CPU and the handler's
 * publish lock, which is held only to publish, never while the model runs.
 */
@ApplicationScoped
public class Reembedder {

    private static final Logger LOG = Logger.getLogger(Reembedder.class);

    /** What a refresh request was answered: how many items will be re-embedded, and which ids have no cached input. */
    public record Accepted(int accepted, List<String> unknown) {
    }

    private final EmbeddingCache cache;
    private final SentenceEmbedder embedder;
    private final MediaItemHandler handler;
    private final EmbeddingStats stats;
    private final EmbeddingConfig config;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "reembedder");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    public Reembedder(EmbeddingCache cache, SentenceEmbedder embedder, MediaItemHandler handler,
            EmbeddingStats stats, EmbeddingConfig config) {
        this.cache = cache;
        this.embedder = embedder;
        this.handler = handler;
        this.stats = stats;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (config.reembedOnModelChange()) {
            worker.submit(() -> guarded("Re-embedding after the model change", this::reembedStale));
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        worker.shutdownNow();
    }

    /**
     * Queues the cached items among {@code mediaIds} for re-embedding and answers at once. Ids without a cached
     * input (never seen, removed, or the cache was cleared) are returned as unknown: they are embedded when their
     * next {@code media-items} event arrives.
     */
    public Accepted request(List<String> mediaIds) {
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String mediaId : mediaIds.stream().distinct().toList()) {
            (cache.get(mediaId).isPresent() ? known : unknown).add(mediaId);
        }
        if (!known.isEmpty()) {
            worker.submit(() -> guarded("Re-embedding on request", () -> reembed(known)));
        }
        return new Accepted(known.size(), unknown);
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
            int published = embedAndPublish(stale);
            stats.recordReembedded(published);
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

    /** Re-embeds the cached items among {@code mediaIds}, a batch at a time; returns how many were published. */
    int reembed(List<String> mediaIds) {
        int total = 0;
        for (int from = 0; from < mediaIds.size() && !stopping; from += config.batchSize()) {
            List<CachedEmbedding> batch = mediaIds.subList(from, Math.min(mediaIds.size(), from + config.batchSize()))
                    .stream().map(cache::get).flatMap(Optional::stream).toList();
            int published = embedAndPublish(batch);
            stats.recordRefreshed(published);
            total += published;
        }
        LOG.infof("Re-embedded %d of %d items on request", total, mediaIds.size());
        return total;
    }

    private int embedAndPublish(List<CachedEmbedding> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        List<float[]> vectors = embedder.embedAll(entries.stream().map(CachedEmbedding::text).toList(),
                config.batchSize());
        return handler.republish(entries, vectors);
    }

    private static List<String> ids(List<CachedEmbedding> entries) {
        return entries.stream().map(CachedEmbedding::mediaId).toList();
    }

    private static void guarded(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            // Not fatal: those items keep their old vectors until their next media-items event or request.
            LOG.errorf(e, "%s stopped", what);
        }
    }
}
