package io.plexrecommend.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A profile's current recommendations, best first: the titles in a library it has not rated, watched or dismissed.
 * Whole state, keyed by profile on a compacted topic, so the latest event per profile is its list and a consumer that
 * starts late (or is switched on later) has it at once. Consumers take as many as they show; the list is longer than
 * any one of them needs because some titles may be missing where they show it (another Plex server).
 *
 * @param trigger why it was published: {@code ratings-changed} (debounced after a change) or {@code scheduled}
 */
public record RecommendationListUpdatedEvent(int schemaVersion, UUID eventId, Instant occurredAt, String profile,
        String trigger, List<String> mediaIds) implements PlexRecommendEvent {

    public static final int SCHEMA_VERSION = 1;
    public static final String RATINGS_CHANGED = "ratings-changed";
    public static final String SCHEDULED = "scheduled";

    public RecommendationListUpdatedEvent {
        Events.requireEnvelope(schemaVersion, eventId, occurredAt);
        RatingGivenEvent.requireProfile(profile);
        Objects.requireNonNull(trigger, "trigger is missing");
        Objects.requireNonNull(mediaIds, "mediaIds is missing");
        mediaIds = mediaIds.stream().map(Events::requireMediaId).toList();
    }

    public static RecommendationListUpdatedEvent of(String profile, String trigger, List<String> mediaIds) {
        return new RecommendationListUpdatedEvent(SCHEMA_VERSION, UUID.randomUUID(), Instant.now(), profile, trigger,
                mediaIds);
    }

    @Override
    public String key() {
        return profile;
    }

    @Override
    public int supportedSchemaVersion() {
        return SCHEMA_VERSION;
    }
}
