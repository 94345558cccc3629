package io.plexrecommend.recommender.rating;

import io.plexrecommend.events.RatingEvent;

/** A {@code ratings} event and where it was received: read from the topic, or acknowledged when the API sent it. */
public record ReceivedRating(RatingEvent event, TopicPosition at) {
}
