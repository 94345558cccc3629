package io.plexrecommend.events;

import java.time.Instant;
import java.util.UUID;

/** A title left every library it was in; consumers drop what they derived from it. */
public record MediaRemovedEvent(int schemaVersion, UUID eventId, Instant occurredAt, String mediaId, String reason)
        implements MediaItemEvent {

    public static final int SCHEMA_VERSION = 1;

    public MediaRemovedEvent {
        Events.requireEnvelope(schemaVersion, eventId, occurredAt);
        mediaId = Events.requireMediaId(mediaId);
    }

    public static MediaRemovedEvent of(String mediaId, String reason) {
        return new MediaRemovedEvent(SCHEMA_VERSION, UUID.randomUUID(), Instant.now(), mediaId, reason);
    }

    @Override
    public int supportedSchemaVersion() {
        return SCHEMA_VERSION;
    }
}
