package io.plexrecommend.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Checks shared by every event's constructor. */
final class Events {

    static void requireEnvelope(int schemaVersion, UUID eventId, Instant occurredAt) {
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be 1 or more, was " + schemaVersion);
        }
        Objects.requireNonNull(eventId, "eventId is missing");
        Objects.requireNonNull(occurredAt, "occurredAt is missing");
    }

    static void requireProfileEnvelope(int schemaVersion, UUID eventId, Instant occurredAt, String profile,
            RatingSource source) {
        requireEnvelope(schemaVersion, eventId, occurredAt);
        RatingGivenEvent.requireProfile(profile);
        Objects.requireNonNull(source, "source is missing");
    }

    static String requireMediaId(String mediaId) {
        return MediaId.parse(mediaId).toString();
    }

    private Events() {
    }
}
