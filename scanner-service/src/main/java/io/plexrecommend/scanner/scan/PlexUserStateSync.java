package io.plexrecommend.scanner.scan;

import io.plexrecommend.events.MediaWatchedEvent;
import io.plexrecommend.events.RatingEvent;
import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.RatingValues;
import io.plexrecommend.events.RatingRemovedEvent;
import io.plexrecommend.events.RatingSource;
import io.plexrecommend.scanner.messaging.RatingEventPublisher;
import io.plexrecommend.scanner.scan.PlexUserStates.State;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Turns what Plex says about one profile and item (star rating, last watch) into rating events, publishing only what
 * changed since last time: a rescan or a repeated webhook publishes nothing. A rating that disappeared is an
 * un-rating ({@link RatingRemovedEvent}).
 */
@ApplicationScoped
public class PlexUserStateSync {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final PlexUserStates states;
    private final RatingEventPublisher publisher;

    public PlexUserStateSync(PlexUserStates states, RatingEventPublisher publisher) {
        this.states = states;
        this.publisher = publisher;
    }

    /** Plex's 0-10 scale (5 stars = 10, half stars allowed) to 1-10; 0 or less or null = not rated. */
    public static Integer rating(Double plexRating) {
        if (plexRating == null || plexRating <= 0) {
            return null;
        }
        // The shared rule (round half up); Plex's scale has no values outside (0, 10], but any that were would be
        // capped rather than refused, as before.
        return RatingValues.toRating(Math.max(RatingGivenEvent.MIN_RATING,
                Math.min(RatingGivenEvent.MAX_RATING, plexRating)));
    }

    /**
     * Publishes the changes and remembers the new state once Kafka has them.
     *
     * @param rating 1-10 or null (not rated); @param lastViewedAt epoch s of the last watch, or null
     * @param ratedAt when the rating was given, if Plex says (epoch s), else null
     * @param ratingKnown false when the source says nothing about the rating (a scrobble), so it is left alone
     * @return the number of events published
     */
    public int sync(String profile, String mediaId, Integer rating, boolean ratingKnown, Long lastViewedAt, Long ratedAt) {
        State before = states.find(profile, mediaId);
        Integer newRating = ratingKnown ? rating : before.rating();
        Long newViewed = lastViewedAt != null ? lastViewedAt : before.lastViewedAt();
        List<RatingEvent> events = new ArrayList<>();
        if (ratingKnown && rating != null && !rating.equals(before.rating())) {
            Instant at = ratedAt != null ? Instant.ofEpochSecond(ratedAt) : Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            events.add(RatingGivenEvent.imported(profile, mediaId, rating, RatingSource.PLEX, at));
        } else if (ratingKnown && rating == null && before.rating() != null) {
            events.add(RatingRemovedEvent.of(profile, mediaId, RatingSource.PLEX));
        }
        if (lastViewedAt != null && !lastViewedAt.equals(before.lastViewedAt())) {
            events.add(MediaWatchedEvent.imported(profile, mediaId, RatingSource.PLEX, Instant.ofEpochSecond(lastViewedAt)));
        }
        if (events.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Void>> acks = events.stream().map(publisher::publish).toList();
        for (CompletableFuture<Void> ack : acks) {
            await(ack);
        }
        states.save(profile, mediaId, new State(newRating, newViewed));
        return events.size();
    }

    private static void await(CompletableFuture<Void> ack) {
        try {
            ack.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not accept a rating event: " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge a rating event within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing a rating event", e);
        }
    }
}
