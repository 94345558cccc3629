package io.plexrecommend.events;

import java.time.Instant;
import java.util.UUID;

/** A profile took back its rating of a title (un-rated it in Plex or removed it from its history). */
public record RatingRemovedEvent(int schemaVersion, UUID eventId, Instant occurredAt, String profile, String mediaId,
        RatingSource source) implements RatingEvent {

    public static final int SCHEMA_VERSION = 1;

    public RatingRemovedEvent {
        Events.requireProfileEnvelope(schemaVersion, eventId, occurredAt, profile, source);
        mediaId = Events.requireMediaId(mediaId);
    }

    public static RatingRemovedEvent of(String profile, String mediaId, RatingSource source) {
        return new RatingRemovedEvent(SCHEMA_VERSION, UUID.randomUUID(), Instant.now(), profile, mediaId, source);
    }

    @Override
    public int supportedSchemaVersion() {
        return SCHEMA_VERSION;
    }
}
