package io.plexrecommend.events;

/**
 * The events on {@link Topics#RATINGS}: everything a profile tells the recommender, keyed by profile so that one
 * profile's events stay in order.
 */
public sealed interface RatingEvent extends PlexRecommendEvent permits RatingGivenEvent, RatingRemovedEvent,
        MediaWatchedEvent, MediaDismissedEvent, ProfileResetEvent {

    String profile();

    @Override
    default String key() {
        return profile();
    }
}
