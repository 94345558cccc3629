package io.plexrecommend.recommender.rating;

import io.plexrecommend.events.MediaDismissedEvent;
import io.plexrecommend.events.MediaWatchedEvent;
import io.plexrecommend.events.ProfileResetEvent;
import io.plexrecommend.events.RatingEvent;
import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.RatingRemovedEvent;
import io.plexrecommend.events.Topics;
import io.plexrecommend.recommender.profile.ProfileChanged;
import io.plexrecommend.recommender.profile.ProfileChanged.Change;
import io.plexrecommend.recommender.profile.SignalStore;
import io.plexrecommend.recommender.storage.StateWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Applies every kind of {@code ratings} event once each, from the topic and from the API alike. A rating replaces
 * (or a removal deletes) the profile's earlier rating of the title only if it happened later (at millisecond
 * precision; a tie goes to the one applied last), so an import of old ratings does not overwrite what was said since.
 * Each applied change is announced as a {@link ProfileChanged} for the in-memory model.
 */
@ApplicationScoped
public class RatingHandler {

    private final StateWriter writer;
    private final SignalStore signals;
    private final Event<ProfileChanged> changed;

    RatingHandler(StateWriter writer, SignalStore signals, Event<ProfileChanged> changed) {
        this.writer = writer;
        this.signals = signals;
        this.changed = changed;
    }

    /** @return whether the event was new */
    public boolean handle(RatingEvent event) {
        return writer.applyOnce(event.eventId(), Topics.RATINGS, () -> {
            if (signals.ensureProfile(event.profile(), event.occurredAt())) {
                changed.fire(new ProfileChanged(event.profile(), Change.CREATED, null, 0));
            }
            if (event instanceof RatingGivenEvent given) {
                apply(given);
            } else if (event instanceof RatingRemovedEvent removed) {
                apply(removed);
            } else if (event instanceof MediaWatchedEvent watched) {
                signals.watched(watched.profile(), watched.mediaId(), watched.occurredAt());
                changed.fire(new ProfileChanged(watched.profile(), Change.WATCHED, watched.mediaId(), 0));
            } else if (event instanceof MediaDismissedEvent dismissed) {
                signals.dismiss(dismissed.profile(), dismissed.mediaId(), dismissed.occurredAt());
                changed.fire(new ProfileChanged(dismissed.profile(), Change.DISMISSED, dismissed.mediaId(), 0));
            } else if (event instanceof ProfileResetEvent reset) {
                signals.reset(reset.profile(), millis(reset.occurredAt()));
                changed.fire(new ProfileChanged(reset.profile(), Change.RESET, null, 0));
            }
        });
    }

    private void apply(RatingGivenEvent event) {
        RatingEntity rating = RatingEntity.find(event.profile(), event.mediaId());
        if (rating == null) {
            rating = new RatingEntity();
            rating.profile = event.profile();
            rating.mediaId = event.mediaId();
        } else if (millis(event.occurredAt()).isBefore(rating.ratedAt)) {
            return;
        }
        rating.rating = event.rating();
        rating.source = event.source().wireName();
        rating.ratedAt = event.occurredAt();
        rating.eventId = event.eventId().toString();
        rating.persist();
        changed.fire(new ProfileChanged(event.profile(), Change.RATED, event.mediaId(), event.rating()));
    }

    private void apply(RatingRemovedEvent event) {
        RatingEntity rating = RatingEntity.find(event.profile(), event.mediaId());
        if (rating != null && !millis(event.occurredAt()).isBefore(rating.ratedAt)) {
            rating.delete();
            changed.fire(new ProfileChanged(event.profile(), Change.UNRATED, event.mediaId(), 0));
        }
    }

    private static Instant millis(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }
}
