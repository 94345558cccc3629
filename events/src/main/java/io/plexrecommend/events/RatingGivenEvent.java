package io.plexrecommend.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A profile rated a title from 1 (hated it) to 10 (loved it). A later rating of the same title replaces it.
 *
 * @param occurredAt when the rating was given (for imports: the original time)
 */
public record RatingGivenEvent(int schemaVersion, UUID eventId, Instant occurredAt, String profile, String mediaId,
        int rating, RatingSource source) implements RatingEvent {

    public static final int SCHEMA_VERSION = 1;
    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 10;
    private static final Pattern PROFILE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");

    public RatingGivenEvent {
        Events.requireProfileEnvelope(schemaVersion, eventId, occurredAt, profile, source);
        mediaId = Events.requireMediaId(mediaId);
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw new IllegalArgumentException("rating must be from 1 to 10, was " + rating);
        }
    }

    public static RatingGivenEvent of(String profile, String mediaId, int rating, RatingSource source) {
        return new RatingGivenEvent(SCHEMA_VERSION, UUID.randomUUID(), Instant.now(), profile, mediaId, rating, source);
    }

    /**
     * A rating imported from elsewhere, with an event id derived from its content, so importing the same rating
     * twice yields the same event and changes nothing the second time.
     */
    public static RatingGivenEvent imported(String profile, String mediaId, int rating, RatingSource source,
            Instant ratedAt) {
        String identity = profile + "|" + mediaId + "|" + rating + "|" + source.wireName() + "|" + ratedAt;
        UUID id = UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8));
        return new RatingGivenEvent(SCHEMA_VERSION, id, ratedAt, profile, mediaId, rating, source);
    }

    public static String requireProfile(String profile) {
        if (profile == null || !PROFILE.matcher(profile).matches()) {
            throw new IllegalArgumentException("profile '" + profile
                    + "' is not valid (1-64 letters, digits, '.', '_' or '-', starting with a letter or digit)");
        }
        return profile;
    }

    @Override
    public int supportedSchemaVersion() {
        return SCHEMA_VERSION;
    }
}
