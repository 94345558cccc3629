package io.plexrecommend.events;

import java.time.Instant;
import java.util.UUID;

/** A profile said "not interested" in a title: never offer it again, and treat it as a mild negative. */
public record MediaDismissedEvent(int schemaVersion, UUID eventId, Instant occurredAt, String profile,
        String mediaId, RatingSource source) implements RatingEvent {

    public static final int SCHEMA_VERSION = 1;

    public MediaDismissedEvent {
        Events.requireProfileEnvelope(schemaVersion, eventId, occurredAt, profile, source);
        mediaId = Events.requireMediaId(mediaId);
    }

    public static MediaDismissedEvent of(String profile, String mediaId, RatingSource source) {
        return new MediaDismissedEvent(SCHEMA_VERSION, UUID.randomUUID(), Instant.now(), profile, mediaId, source);
    }

    @Override
    public int supportedSchemaVersion() {
        return SCHEMA_VERSION;
    }
}
