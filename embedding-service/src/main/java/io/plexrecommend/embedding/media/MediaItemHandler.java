package io.plexrecommend.embedding.media;

import io.plexrecommend.embedding.cache.CacheChange;
import io.plexrecommend.embedding.cache.CachedEmbedding;
import io.plexrecommend.embedding.cache.EmbeddingCache;
import io.plexrecommend.embedding.config.EmbeddingConfig;
import io.plexrecommend.embedding.features.ItemFeatures;
import io.plexrecommend.embedding.model.EmbeddingFailedException;
import io.plexrecommend.embedding.model.SentenceEmbedder;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.MediaEmbeddedEvent;
import io.plexrecommend.events.MediaItemEvent;
import io.plexrecommend.events.MediaRemovedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Embeds a batch of item events: items whose model input (text and features) changed are embedded together in
 * one {@code batchPredict}, published in the batch's order, and then remembered in the persistent cache, so a
 * replayed or unchanged item is a no-op, also after a restart. Removals forget the item.
 */
@ApplicationScoped
public class MediaItemHandler {

    private static final Logger LOG = Logger.getLogger(MediaItemHandler.class);

    private final SentenceEmbedder embedder;
    private final EmbeddingSink sink;
    private final EmbeddingStats stats;
    private final EmbeddingCache cache;
    private final int batchSize;
    /** Publishing and caching happen under this lock, shared with the model-change job, so neither overtakes. */
    private final ReentrantLock publishLock = new ReentrantLock();

    public MediaItemHandler(SentenceEmbedder embedder, EmbeddingSink sink, EmbeddingStats stats,
            EmbeddingCache cache, EmbeddingConfig config) {
        this.embedder = embedder;
        this.sink = sink;
        this.stats = stats;
        this.cache = cache;
        this.batchSize = config.batchSize();
    }

    private record Job(int index, String mediaId, String text, float[] features, String hash) {
    }

    /** Handles the events in order; returns the ones that could not be embedded (the rest are done). */
    public List<ItemFailure> handle(List<MediaItemEvent> events) {
        publishLock.lock();
        try {
            return handleLocked(events);
        } finally {
            publishLock.unlock();
        }
    }

    private List<ItemFailure> handleLocked(List<MediaItemEvent> events) {
        String modelId = embedder.modelId();
        // Hashes as they will be once this batch is done: an id seen twice in a batch is compared to its own
        // earlier event, not to the cache.
        Map<String, Optional<String>> batchHashes = new HashMap<>();
        List<Job> jobs = new ArrayList<>();
        List<Object> steps = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            MediaItemEvent event = events.get(i);
            if (event instanceof MediaRemovedEvent removed) {
                batchHashes.put(removed.mediaId(), Optional.empty());
                steps.add(CacheChange.remove(removed.mediaId()));
            } else if (event instanceof MediaDiscoveredEvent discovered) {
                String text = ItemText.of(discovered.item());
                float[] features = ItemFeatures.of(discovered.item());
                String hash = ContentHash.of(modelId, text, ItemFeatures.SCHEMA, features);
                Optional<String> last = batchHashes.computeIfAbsent(discovered.mediaId(),
                        id -> cache.get(id).map(CachedEmbedding::contentHash));
                if (last.isPresent() && last.get().equals(hash)) {
                    stats.recordSkippedUnchanged();
                    continue;
                }
                batchHashes.put(discovered.mediaId(), Optional.of(hash));
                Job job = new Job(i, discovered.mediaId(), text, features, hash);
                jobs.add(job);
                steps.add(job);
            }
        }
        List<ItemFailure> failures = new ArrayList<>();
        Map<Job, float[]> vectors = embed(jobs, failures);

        List<MediaEmbeddedEvent> out = new ArrayList<>();
        List<CacheChange> changes = new ArrayList<>();
        for (Object step : steps) {
            if (step instanceof CacheChange change) {
                changes.add(change);
            } else if (step instanceof Job job && vectors.containsKey(job)) {
                out.add(MediaEmbeddedEvent.of(job.mediaId(), modelId, vectors.get(job), job.hash())
                        .withFeatures(ItemFeatures.SCHEMA, job.features()));
                changes.add(CacheChange.put(new CachedEmbedding(job.mediaId(), job.hash(), modelId, job.text(),
                        ItemFeatures.SCHEMA, job.features())));
            }
        }
        // Only what the broker acknowledged is remembered: a crash in between re-embeds, never loses.
        sink.publishAll(out);
        cache.apply(changes);
        stats.recordComputed(out.size());
        LOG.debugf("Batch of %d events: %d embedded, %d failed", events.size(), out.size(), failures.size());
        return failures;
    }

    private Map<Job, float[]> embed(List<Job> jobs, List<ItemFailure> failures) {
        Map<Job, float[]> vectors = new HashMap<>();
        try {
            List<float[]> all = embedder.embedAll(jobs.stream().map(Job::text).toList(), batchSize);
            for (int i = 0; i < jobs.size(); i++) {
                vectors.put(jobs.get(i), all.get(i));
            }
        } catch (EmbeddingFailedException batchFailure) {
            // Find the culprit: one at a time, so one bad text does not cost the rest of the batch.
            for (Job job : jobs) {
                try {
                    vectors.put(job, embedder.embed(job.text()));
                } catch (EmbeddingFailedException e) {
                    failures.add(new ItemFailure(job.index(), e));
                }
            }
        }
        return vectors;
    }

    /**
     * Publishes cached items embedded again with the current model ({@link Reembedder}: a model change or a
     * refresh request). The vectors are computed by the caller outside the lock; here each item is published only if the cache still holds the input the vector
     * was computed from, so a newer event handled meanwhile is never overwritten by a stale one.
     */
    public int republish(List<CachedEmbedding> entries, List<float[]> vectors) {
        publishLock.lock();
        try {
            String modelId = embedder.modelId();
            List<MediaEmbeddedEvent> out = new ArrayList<>();
            List<CacheChange> changes = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                CachedEmbedding old = entries.get(i);
                Optional<CachedEmbedding> current = cache.get(old.mediaId());
                if (current.isEmpty() || !current.get().contentHash().equals(old.contentHash())) {
                    continue;
                }
                String hash = old.features() == null ? ContentHash.of(modelId, old.text())
                        : ContentHash.of(modelId, old.text(), old.featureSchema(), old.features());
                MediaEmbeddedEvent event = MediaEmbeddedEvent.of(old.mediaId(), modelId, vectors.get(i), hash);
                out.add(old.features() == null ? event : event.withFeatures(old.featureSchema(), old.features()));
                changes.add(CacheChange.put(new CachedEmbedding(old.mediaId(), hash, modelId, old.text(),
                        old.featureSchema(), old.features())));
            }
            sink.publishAll(out);
            cache.apply(changes);
            return out.size();
        } finally {
            publishLock.unlock();
        }
    }
}
