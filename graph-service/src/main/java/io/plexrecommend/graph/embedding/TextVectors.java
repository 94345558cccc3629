package io.plexrecommend.graph.embedding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The items' text vectors from {@code media-embeddings}, the graph network's input features. Held in memory (384
 * floats an item: 15 MB for 10,000 items) and filled again at every start by replaying the compacted topic, which
 * is their durable home; see the README.
 */
@ApplicationScoped
public class TextVectors {

    private final Map<String, float[]> byMediaId = new ConcurrentHashMap<>();

    /** @return true if the vector is new or different */
    public boolean put(String mediaId, float[] vector) {
        float[] previous = byMediaId.put(mediaId, vector.clone());
        return previous == null || !java.util.Arrays.equals(previous, vector);
    }

    public Optional<float[]> get(String mediaId) {
        return Optional.ofNullable(byMediaId.get(mediaId));
    }

    public int size() {
        return byMediaId.size();
    }
}
