package io.plexrecommend.recommender.rating;

import io.plexrecommend.events.MediaDismissedEvent;
import io.plexrecommend.events.MediaWatchedEvent;
import io.plexrecommend.events.ProfileResetEvent;
import io.plexrecommend.events.RatingEvent;
import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.RatingRemovedEvent;
import io.plexrecommend.recommender.profile.ProfileChanged;
import io.plexrecommend.recommender.profile.ProfileChanged.Change;
import io.plexrecommend.recommender.profile.SignalStore;
import io.plexrecommend.recommender.storage.AppliedEventEntity;
import io.plexrecommend.recommender.storage.StateWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Applies every kind of {@code ratings} event once each, from the topic and from the API alike, each at the position
 * it was received on the topic ({@link ReceivedRating}). A rating replaces (or a removal deletes) the profile's
 * earlier rating of the title only if it happened later (at millisecond precision; a tie goes to the one applied
 * last), so an import of old ratings does not overwrite what was said since. Each applied change is announced as a
 * {@link ProfileChanged} for the in-memory model, only once it is committed.
 * <p>
 * <b>Resets go by position, not by date.</b> A {@link ProfileResetEvent} forgets what the profile said before it
 * was received, i.e. before it on the profile's partition, whatever dates those events carry (imports carry the
 * original ones): rows set by earlier events are deleted, and an earlier event applied later (the API applies its
 * own events at once, ahead of the consumer) changes nothing but a watch. An event id recorded before the reset
 * does not make a later copy a duplicate: importing the same file again after a reset brings its ratings back,
 * while importing it twice without one changes nothing.
 * <p>
 * The API applies one event at a time ({@link #handle}, its own transaction: latency matters there); the consumer
 * applies a whole poll at once ({@link #handleAll}, one transaction), with the same rules in the same order.
 */
@ApplicationScoped
public class RatingHandler {

    private static final Logger LOG = Logger.getLogger(RatingHandler.class);

    /** An event of a batch that could not be applied, even on its own; {@code index} is its place in the batch. */
    public record Failure(int index, RuntimeException cause) {
    }

    private final StateWriter writer;
    private final SignalStore signals;
    private final Event<ProfileChanged> changed;

    RatingHandler(StateWriter writer, SignalStore signals, Event<ProfileChanged> changed) {
        this.writer = writer;
        this.signals = signals;
        this.changed = changed;
    }

    /**
     * Applies one event in its own transaction. The changes are announced after the commit (and not at all after a
     * rollback), in order: a reset announces several (forget everything, then what stays), and transactional
     * observers of events fired inside the transaction are not called in the order they were fired.
     *
     * @return whether the event was new
     */
    public boolean handle(ReceivedRating received) {
        List<ProfileChanged> changes = new ArrayList<>();
        return writer.write(() -> applyOnce(received, new SingleEventView(signals), changes::add),
                () -> changes.forEach(changed::fire));
    }

    /**
     * Applies a batch in one transaction: each event at most once (those applied before, e.g. by the API, and
     * repeats within the batch change nothing), in the batch's order. The changes are announced after the commit,
     * in that order, before any other write.
     * <p>
     * If the batch fails (a database error, or one event the database refuses), it is rolled back as a whole and
     * its events are applied again one at a time, each in its own transaction: one poison event must not block the
     * others, nor take them to the dead-letter topic with it. The events already applied are skipped as always, so
     * this is safe whatever part of the batch the failed attempt had reached.
     *
     * @return the events that failed on their own too (for the caller to dead-letter), by index; empty if all applied
     */
    public List<Failure> handleAll(List<ReceivedRating> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        List<ProfileChanged> changes = new ArrayList<>();
        boolean[] committed = {false};
        try {
            writer.write(() -> {
                RatingView view = new BatchView(signals, batch);
                batch.forEach(received -> applyOnce(received, view, changes::add));
                return null;
            }, () -> {
                committed[0] = true;
                changes.forEach(changed::fire);
            });
            return List.of();
        } catch (RuntimeException e) {
            if (committed[0]) {
                throw e; // committed: applying it again would find every event applied and announce nothing
            }
            LOG.warnf("a batch of %d rating events failed (%s); applying them one at a time", batch.size(),
                    e.getMessage());
        }
        List<Failure> failures = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            try {
                handle(batch.get(i));
            } catch (RuntimeException e) {
                LOG.errorf("rating event %s could not be applied: %s", batch.get(i).event().eventId(),
                        e.getMessage());
                failures.add(new Failure(i, e));
            }
        }
        return failures;
    }

    /**
     * Applies the event unless it was applied since the profile's latest reset, and records it as applied at its
     * position. An event received before that reset is recorded (so it counts as processed) but changes nothing
     * besides a watch; its record never blocks a copy received after the reset.
     *
     * @return whether the event was new
     */
    private boolean applyOnce(ReceivedRating received, RatingView view, Consumer<ProfileChanged> announce) {
        RatingEvent event = received.event();
        TopicPosition reset = view.resetOf(event.profile());
        AppliedEventEntity earlier = view.applied(event.eventId().toString());
        if (earlier != null && !TopicPosition.forgottenBy(reset, TopicPosition.of(earlier.partition, earlier.offset))) {
            return false;
        }
        // Recorded first: a reset below flushes and deletes by statement, and must not lose this row.
        view.recordApplied(received, earlier);
        if (received.at().isBefore(reset) && !(event instanceof MediaWatchedEvent)) {
            return true; // said before the profile's reset: forgotten already
        }
        apply(received, view, announce);
        return true;
    }

    private void apply(ReceivedRating received, RatingView ratings, Consumer<ProfileChanged> announce) {
        RatingEvent event = received.event();
        if (ratings.ensureProfile(event.profile(), event.occurredAt())) {
            announce.accept(new ProfileChanged(event.profile(), Change.CREATED, null, 0));
        }
        if (event instanceof RatingGivenEvent given) {
            apply(given, received.at(), ratings, announce);
        } else if (event instanceof RatingRemovedEvent removed) {
            apply(removed, ratings, announce);
        } else if (event instanceof MediaWatchedEvent watched) {
            signals.watched(watched.profile(), watched.mediaId(), watched.occurredAt());
            announce.accept(new ProfileChanged(watched.profile(), Change.WATCHED, watched.mediaId(), 0));
        } else if (event instanceof MediaDismissedEvent dismissed) {
            signals.dismiss(dismissed.profile(), dismissed.mediaId(), dismissed.occurredAt(), received.at());
            announce.accept(new ProfileChanged(dismissed.profile(), Change.DISMISSED, dismissed.mediaId(), 0));
        } else if (event instanceof ProfileResetEvent reset) {
            List<RatingEntity> kept = ratings.reset(reset.profile(), received.at());
            announce.accept(new ProfileChanged(reset.profile(), Change.RESET, null, 0));
            // What later events set before the reset was applied stays, in memory as in the database.
            kept.forEach(r -> announce.accept(new ProfileChanged(r.profile, Change.RATED, r.mediaId, r.rating)));
            signals.dismissalsOf(reset.profile()).forEach(
                    id -> announce.accept(new ProfileChanged(reset.profile(), Change.DISMISSED, id, 0)));
        }
    }

    private void apply(RatingGivenEvent event, TopicPosition at, RatingView ratings,
            Consumer<ProfileChanged> announce) {
        RatingEntity rating = ratings.find(event.profile(), event.mediaId());
        boolean added = rating == null;
        if (added) {
            rating = new RatingEntity();
            rating.profile = event.profile();
            rating.mediaId = event.mediaId();
        } else if (millis(event.occurredAt()).isBefore(millis(rating.ratedAt))) {
            return;
        }
        rating.rating = event.rating();
        rating.source = event.source().wireName();
        rating.ratedAt = event.occurredAt();
        rating.eventId = event.eventId().toString();
        rating.eventPartition = at.partition();
        rating.eventOffset = at.offset();
        rating.persist();
        if (added) {
            ratings.added(rating);
        }
        announce.accept(new ProfileChanged(event.profile(), Change.RATED, event.mediaId(), event.rating()));
    }

    private void apply(RatingRemovedEvent event, RatingView ratings, Consumer<ProfileChanged> announce) {
        RatingEntity rating = ratings.find(event.profile(), event.mediaId());
        if (rating != null && !millis(event.occurredAt()).isBefore(millis(rating.ratedAt))) {
            rating.delete();
            ratings.deleted(rating);
            announce.accept(new ProfileChanged(event.profile(), Change.UNRATED, event.mediaId(), 0));
        }
    }

    private static Instant millis(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }
}
