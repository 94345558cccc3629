package io.plexrecommend.recommender.rating;

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
