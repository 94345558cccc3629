package io.plexrecommend.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Everything a profile taught the recommender before this event is forgotten: ratings, dismissals and its model.
 * Watch history is a fact about the library, not a preference, and stays. It is an event rather than a local delete
 * so that replaying {@link Topics#RATINGS} ends in the same state.
 */
public record ProfileResetEvent(int schemaVersion, UUID eventId, Instant occurredAt, String profile,
        RatingSource source) implements RatingEvent {

    public static final int SCHEMA_VERSION = 1;

    public ProfileResetEvent {
        Events.requireProfileEnvelope(schemaVersion, eventId, occurredAt, profile, source);
    }

    public static ProfileResetEvent of(String profile, RatingSource source) {
        return new ProfileResetEvent(SCHEMA_VERSION, UUID.randomUUID(), Instant.now(), profile, source);
    }

    @Override
    public int supportedSchemaVersion() {
        return SCHEMA_VERSION;
    }
}
