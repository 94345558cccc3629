package io.plexrecommend.recommender;

import io.plexrecommend.events.RatingEvent;
import io.plexrecommend.recommender.rating.ReceivedRating;
import io.plexrecommend.recommender.rating.TopicPosition;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Positions for events a test hands to {@code RatingHandler} directly, as if received on {@code ratings}: increasing
 * offsets of partition 0, far above the real topic's (the tests' profiles are unique, so they never meet the real
 * topic's events of the same profile).
 */
public final class Received {

    private static final AtomicLong OFFSET = new AtomicLong(3_000_000_000L);

    /** The event at the next position. */
    public static ReceivedRating next(RatingEvent event) {
        return new ReceivedRating(event, new TopicPosition(0, OFFSET.incrementAndGet()));
    }

    private Received() {
    }
}
