package io.plexrecommend.recommender.rating;

import io.plexrecommend.events.RatingEvent;
import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.Topics;
import io.plexrecommend.recommender.storage.StateWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;

/**
 * Applies rating events once each, from the topic and from the API alike. A rating replaces the profile's earlier
 * rating of the title only if it was given later (at millisecond precision; a tie goes to the one applied last), so
 * an import of old ratings does not overwrite what was said since.
 */
@ApplicationScoped
public class RatingHandler {

    private final StateWriter writer;

    RatingHandler(StateWriter writer) {
        this.writer = writer;
    }

    /** @return whether the event was new */
    public boolean handle(RatingEvent event) {
        return writer.applyOnce(event.eventId(), Topics.RATINGS, () -> {
            if (event instanceof RatingGivenEvent given) {
                apply(given);
            }
        });
    }

    private void apply(RatingGivenEvent event) {
        RatingEntity rating = RatingEntity.find(event.profile(), event.mediaId());
        if (rating == null) {
            rating = new RatingEntity();
            rating.profile = event.profile();
            rating.mediaId = event.mediaId();
        } else if (event.occurredAt().truncatedTo(ChronoUnit.MILLIS).isBefore(rating.ratedAt)) {
            return;
        }
        rating.rating = event.rating();
        rating.source = event.source().wireName();
        rating.ratedAt = event.occurredAt();
        rating.eventId = event.eventId().toString();
        rating.persist();
    }
}
