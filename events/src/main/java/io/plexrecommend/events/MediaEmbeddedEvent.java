package io.plexrecommend.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An item's text embedding, on {@link Topics#MEDIA_EMBEDDINGS}.
 *
 * @param modelId the model that produced the vector, e.g. {@code sentence-transformers/all-MiniLM-L6-v2}; vectors of
 *        different models are not comparable
 * @param vector L2-normalized, {@code dimension} long
 * @param contentHash hash of the text that was embedded, so an unchanged item is not embedded again
 */
public record MediaEmbeddedEvent(int schemaVersion, UUID eventId, Instant occurredAt, String mediaId, String modelId,
        int dimension, float[] vector, String contentHash) implements PlexRecommendEvent {

    public static final int SCHEMA_VERSION = 1;

    public MediaEmbeddedEvent {
        Events.requireEnvelope(schemaVersion, eventId, occurredAt);
        mediaId = Events.requireMediaId(mediaId);
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("modelId is missing");
        }
        if (vector == null || vector.length != dimension || dimension < 1) {
            throw new IllegalArgumentException("vector must have exactly dimension (" + dimension + ") values");
        }
    }

    public static MediaEmbeddedEvent of(String mediaId, String modelId, float[] vector, String contentHash) {
        return new MediaEmbeddedEvent(SCHEMA_VERSION, UUID.randomUUID(), Instant.now(), mediaId, modelId,
                vector.length, vector, contentHash);
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
