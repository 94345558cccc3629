package io.plexrecommend.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An item's graph embedding, on {@link Topics#GRAPH_EMBEDDINGS}: a vector learned from the item's place in the
 * knowledge graph (what it shares with other items), not from its text.
 *
 * @param modelId names the network and its training run's layout, e.g. {@code graphsage-gcn-v1}; vectors are
 *        comparable only within one {@code modelId} and one {@code trainedAt}
 * @param trainedAt when the training run that produced this vector finished; a newer run supersedes all older vectors
 * @param vector L2-normalized, {@code dimension} long
 */
public record GraphEmbeddedEvent(int schemaVersion, UUID eventId, Instant occurredAt, String mediaId, String modelId,
        Instant trainedAt, int dimension, float[] vector) implements PlexRecommendEvent {

    public static final int SCHEMA_VERSION = 1;

    public GraphEmbeddedEvent {
        Events.requireEnvelope(schemaVersion, eventId, occurredAt);
        mediaId = Events.requireMediaId(mediaId);
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("modelId is missing");
        }
        java.util.Objects.requireNonNull(trainedAt, "trainedAt is missing");
        if (vector == null || vector.length != dimension || dimension < 1) {
            throw new IllegalArgumentException("vector must have exactly dimension (" + dimension + ") values");
        }
    }

    public static GraphEmbeddedEvent of(String mediaId, String modelId, Instant trainedAt, float[] vector) {
        return new GraphEmbeddedEvent(SCHEMA_VERSION, UUID.randomUUID(), Instant.now(), mediaId, modelId, trainedAt,
                vector.length, vector);
    }

    @Override
    public String key() {
        return mediaId;
    }

    @Override
    public int supportedSchemaVersion() {
        return SCHEMA_VERSION;
    }
}
