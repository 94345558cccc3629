package io.plexrecommend.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A title was found or changed in a library or catalog; {@code item} is its whole current metadata. */
public record MediaDiscoveredEvent(int schemaVersion, UUID eventId, Instant occurredAt, String mediaId, MediaItem item)
        implements MediaItemEvent {

    public static final int SCHEMA_VERSION = 1;

    public MediaDiscoveredEvent {
        Events.requireEnvelope(schemaVersion, eventId, occurredAt);
        Objects.requireNonNull(item, "item is missing");
        if (mediaId == null) {
            mediaId = item.mediaId();
        }
        if (!mediaId.equals(item.mediaId())) {
            throw new IllegalArgumentException("mediaId " + mediaId + " differs from item.mediaId " + item.mediaId());
        }
    }

    public static MediaDiscoveredEvent of(MediaItem item) {
        return new MediaDiscoveredEvent(SCHEMA_VERSION, UUID.randomUUID(), Instant.now(), item.mediaId(), item);
    }

    @Override
    public int supportedSchemaVersion() {
        return SCHEMA_VERSION;
    }
}
