package io.plexrecommend.recommender.rating;

import io.plexrecommend.events.MediaId;
import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.RatingSource;
import io.plexrecommend.recommender.catalog.MediaItemEntity;
import io.plexrecommend.recommender.validation.InvalidRequestException;
import io.plexrecommend.recommender.validation.Profiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Ratings given through the API. A rating is published first (the topic is the record of every rating) and then
 * applied here at once through the consumer's own handler, so the next recommendation already leaves the title out
 * and the consumer later finds the event applied.
 */
@ApplicationScoped
public class RatingService {

    private final RatingPublisher publisher;
    private final RatingHandler handler;

    RatingService(RatingPublisher publisher, RatingHandler handler) {
        this.publisher = publisher;
        this.handler = handler;
    }

    /** Rates as {@link RatingSource#UI}: this endpoint is what the UI calls. */
    public StoredRating rate(String profile, RatingRequest request) {
        Profiles.require(profile);
        if (request == null || request.mediaId() == null || request.mediaId().isBlank()) {
            throw new InvalidRequestException("mediaId is missing, e.g. {\"mediaId\":\"movie:tmdb:603\",\"rating\":9}");
        }
        if (!MediaId.isValid(request.mediaId())) {
            throw new InvalidRequestException("'" + request.mediaId() + "' is not a media id (like movie:tmdb:603)");
        }
        if (request.rating() == null || request.rating() < RatingGivenEvent.MIN_RATING
                || request.rating() > RatingGivenEvent.MAX_RATING) {
            throw new InvalidRequestException("rating must be a whole number from 1 to 10, was " + request.rating());
        }
        requireKnown(request.mediaId());
        RatingGivenEvent event = RatingGivenEvent.of(profile, request.mediaId(), request.rating(), RatingSource.UI);
        publisher.publish(event);
        handler.handle(event);
        return stored(profile, request.mediaId());
    }

    @Transactional
    public List<StoredRating> list(String profile) {
        Profiles.require(profile);
        return RatingEntity.listFor(profile).stream().map(StoredRating::of).toList();
    }

    @Transactional
    void requireKnown(String mediaId) {
        if (MediaItemEntity.findKnown(mediaId) == null) {
            throw new UnknownMediaException(mediaId);
        }
    }

    @Transactional
    StoredRating stored(String profile, String mediaId) {
        return StoredRating.of(RatingEntity.find(profile, mediaId));
    }
}
