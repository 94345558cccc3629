package io.plexrecommend.events;

/** The events on {@link Topics#RATINGS}, keyed by profile so each profile's ratings stay in order. */
public sealed interface RatingEvent extends PlexRecommendEvent permits RatingGivenEvent {

    String profile();

    @Override
    default String key() {
        return profile();
    }
}
