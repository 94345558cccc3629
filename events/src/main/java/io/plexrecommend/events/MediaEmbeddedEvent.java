package io.plexrecommend.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An item's text embedding, on {@link Topics#MEDIA_EMBEDDINGS}.
 *
 * @param modelId the model that produced the vector, e.g. {@code sentence-transformers/all-MiniLM-L6-v2}; vectors of
 *        different models are not comparable
 * @param vector L2-normalized, {@code dimension} long
 * @param contentHash hash of everything that went into the vectors, so an unchanged item is not embedded again
 * @param featureSchema names the layout of {@code features} (e.g. {@code features-v1}, documented by
 *        embedding-service); null when no feature vector is published
 * @param features the item's numeric, categorical, temporal and metadata features, or null
 */
public record MediaEmbeddedEvent(int schemaVersion, UUID eventId, Instant occurredAt, String mediaId, String modelId,
        int dimension, float[] vector, String contentHash, String featureSchema, float[] features)
        implements PlexRecommendEvent {

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
        if ((features == null) != (featureSchema == null)) {
            throw new IllegalArgumentException("features and featureSchema come together");
        }
    }

    public static MediaEmbeddedEvent of(String mediaId, String modelId, float[] vector, String contentHash) {
        return new MediaEmbeddedEvent(SCHEMA_VERSION, UUID.randomUUID(), Instant.now(), mediaId, modelId,
                vector.length, vector, contentHash, null, null);
    }

    /** The same event with a feature vector beside the text vector. */
    public MediaEmbeddedEvent withFeatures(String schema, float[] values) {
        return new MediaEmbeddedEvent(schemaVersion, eventId, occurredAt, mediaId, modelId, dimension, vector,
                contentHash, schema, values);
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
