package io.plexrecommend.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A profile watched a title (Plex watch state or a scrobble). A weak positive signal, and the recommender stops
 * offering what was seen.
 *
 * @param occurredAt when it was watched, as far as the source knows
 */
public record MediaWatchedEvent(int schemaVersion, UUID eventId, Instant occurredAt, String profile, String mediaId,
        RatingSource source) implements RatingEvent {

    public static final int SCHEMA_VERSION = 1;

    public MediaWatchedEvent {
        Events.requireProfileEnvelope(schemaVersion, eventId, occurredAt, profile, source);
        mediaId = Events.requireMediaId(mediaId);
    }

    public static MediaWatchedEvent of(String profile, String mediaId, RatingSource source) {
        return new MediaWatchedEvent(SCHEMA_VERSION, UUID.randomUUID(), Instant.now(), profile, mediaId, source);
    }

    /** A watch read from elsewhere (a scan), with an id derived from its content so a rescan changes nothing. */
    public static MediaWatchedEvent imported(String profile, String mediaId, RatingSource source, Instant watchedAt) {
        String identity = "watched|" + profile + "|" + mediaId + "|" + source.wireName() + "|" + watchedAt;
        UUID id = UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8));
        return new MediaWatchedEvent(SCHEMA_VERSION, id, watchedAt, profile, mediaId, source);
    }

    @Override
    public int supportedSchemaVersion() {
        return SCHEMA_VERSION;
    }
}
