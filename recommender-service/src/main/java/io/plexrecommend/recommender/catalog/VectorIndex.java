package io.plexrecommend.recommender.catalog;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every item's vector in memory, for scoring without reading BLOBs per request. Loaded from SQLite at start, before the
 * Kafka consumers start (they observe startup at {@code LIBRARY_BEFORE}), and kept current by committed embedding
 * writes.
 */
@ApplicationScoped
public class VectorIndex {

    private final Map<String, ItemVector> vectors = new ConcurrentHashMap<>();

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        ItemEmbeddingEntity.<ItemEmbeddingEntity>streamAll().forEach(e -> put(e.mediaId, e.modelId,
                FloatVectors.fromBytes(e.vector)));
    }

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) EmbeddingStored stored) {
        put(stored.mediaId(), stored.modelId(), stored.vector());
    }

    public Optional<ItemVector> find(String mediaId) {
        return Optional.ofNullable(vectors.get(mediaId));
    }

    private void put(String mediaId, String modelId, float[] vector) {
        vectors.put(mediaId, ItemVector.of(modelId, vector));
    }
}
