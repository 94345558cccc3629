package io.plexrecommend.recommender.rating;

import io.plexrecommend.events.Topics;
import io.plexrecommend.recommender.storage.AppliedEventEntity;
import java.time.Instant;
import java.util.List;

/**
 * Where {@link RatingHandler}'s rules read and write profiles, ratings and applied event ids: straight to the
 * database ({@link SingleEventView}), or through a batch's prefetched view ({@link BatchView}). Called inside the
 * writer's transaction.
 */
interface RatingView {

    /** @return whether the profile was new */
    boolean ensureProfile(String profile, Instant at);

    /** The position of the profile's latest reset; null if never reset. */
    TopicPosition resetOf(String profile);

    /** The applied-event row of {@code eventId}, or null. */
    AppliedEventEntity applied(String eventId);

    /** Records the event as applied at its position (a row found by {@link #applied} is moved there). */
    void recordApplied(ReceivedRating received, AppliedEventEntity existing);

    /**
     * The applied-event row of {@code received} at its position: {@code existing} updated (a copy received after
     * the profile's reset), else a new row persisted.
     */
    static AppliedEventEntity record(ReceivedRating received, AppliedEventEntity existing) {
        AppliedEventEntity row = existing != null ? existing : new AppliedEventEntity();
        row.eventId = received.event().eventId().toString();
        row.topic = Topics.RATINGS;
        row.appliedAt = Instant.now();
        row.partition = received.at().partition();
        row.offset = received.at().offset();
        if (existing == null) {
            row.persist();
        }
        return row;
    }

    RatingEntity find(String profile, String mediaId);

    void added(RatingEntity rating);

    void deleted(RatingEntity rating);

    /**
     * Forgets the profile's ratings and dismissals received before {@code at} and its model, and remembers {@code at}.
     *
     * @return the ratings that stay (set by events after the reset that were applied before it), oldest first
     */
    List<RatingEntity> reset(String profile, TopicPosition at);
}
