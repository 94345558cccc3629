package io.plexrecommend.recommender.rating;

import io.plexrecommend.events.MediaDismissedEvent;
import io.plexrecommend.events.MediaId;
import io.plexrecommend.events.ProfileResetEvent;
import io.plexrecommend.events.RatingEvent;
import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.RatingValues;
import io.plexrecommend.events.RatingRemovedEvent;
import io.plexrecommend.events.RatingSource;
import io.plexrecommend.recommender.catalog.MediaItemEntity;
import io.plexrecommend.recommender.validation.InvalidRequestException;
import io.plexrecommend.recommender.validation.Profiles;
import io.plexrecommend.rest.Echo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a profile says through the API: ratings, removals, dismissals, resets. Each is published first (the topic
 * is the record of everything a profile said) and then applied here at once through the consumer's own handler, so
 * the next recommendation already reflects it and the consumer later finds the event applied.
 */
@ApplicationScoped
public class RatingService {

    private static final String EXAMPLE = "e.g. {\"mediaId\":\"movie:tmdb:603\",\"rating\":9}";

    private final RatingPublisher publisher;
    private final RatingHandler handler;

    RatingService(RatingPublisher publisher, RatingHandler handler) {
        this.publisher = publisher;
        this.handler = handler;
    }

    /** Rates as {@link RatingSource#UI}: this endpoint is what the UI calls. */
    public void rate(String profile, RatingRequest request) {
        Profiles.require(profile);
        String mediaId = requireMediaId(request == null ? null : request.mediaId());
        if (request.rating() == null) {
            throw new InvalidRequestException("rating must be a number from 1 to 10, was null");
        }
        int rating;
        try {
            rating = RatingValues.toRating(request.rating());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        requireKnown(mediaId);
        publishAndApply(RatingGivenEvent.of(profile, mediaId, rating, RatingSource.UI));
    }

    public void unrate(String profile, String mediaId) {
        Profiles.require(profile);
        publishAndApply(RatingRemovedEvent.of(profile, requireMediaId(mediaId), RatingSource.UI));
    }

    public void dismiss(String profile, MediaRequest request) {
        Profiles.require(profile);
        String mediaId = requireMediaId(request == null ? null : request.mediaId());
        requireKnown(mediaId);
        publishAndApply(MediaDismissedEvent.of(profile, mediaId, RatingSource.UI));
    }

    /** Forgets the profile's ratings, dismissals and model (watch history stays). */
    public void reset(String profile) {
        Profiles.require(profile);
        publishAndApply(ProfileResetEvent.of(profile, RatingSource.UI));
    }

    @Transactional
    public List<StoredRating> list(String profile) {
        Profiles.require(profile);
        List<RatingEntity> ratings = RatingEntity.listFor(profile);
        Map<String, MediaItemEntity> items = new HashMap<>();
        if (!ratings.isEmpty()) {
            MediaItemEntity.<MediaItemEntity>list("mediaId in ?1", ratings.stream().map(r -> r.mediaId).toList())
                    .forEach(item -> items.put(item.mediaId, item));
        }
        return ratings.stream().map(r -> {
            MediaItemEntity item = items.get(r.mediaId);
            return new StoredRating(r.mediaId, item == null ? null : item.title, item == null ? null : item.type,
                    r.rating, r.ratedAt, r.source);
        }).toList();
    }

    /** Applied at the position Kafka gave it, so a reset orders it exactly as the consumer will see it. */
    private void publishAndApply(RatingEvent event) {
        handler.handle(new ReceivedRating(event, publisher.publish(event)));
    }

    private static String requireMediaId(String mediaId) {
        if (mediaId == null || mediaId.isBlank()) {
            throw new InvalidRequestException("mediaId is missing, " + EXAMPLE);
        }
        if (!MediaId.isValid(mediaId)) {
            throw new InvalidRequestException("'" + Echo.of(mediaId) + "' is not a media id (like movie:tmdb:603)");
        }
        return mediaId;
    }

    @Transactional
    void requireKnown(String mediaId) {
        if (MediaItemEntity.findKnown(mediaId) == null) {
            throw new UnknownMediaException(mediaId);
        }
    }
}
