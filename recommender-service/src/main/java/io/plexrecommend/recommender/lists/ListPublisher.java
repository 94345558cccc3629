package io.plexrecommend.recommender.lists;

import io.plexrecommend.events.RecommendationListUpdatedEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes lists to {@code recommendation-lists}, keyed by profile, and waits until the broker has them. */
@ApplicationScoped
class ListPublisher {

    static final String CHANNEL = "recommendation-lists-out";
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(15);

    private final MutinyEmitter<Record<String, RecommendationListUpdatedEvent>> emitter;

    ListPublisher(@Channel(CHANNEL) MutinyEmitter<Record<String, RecommendationListUpdatedEvent>> emitter) {
        this.emitter = emitter;
    }

    void publish(RecommendationListUpdatedEvent event) {
        emitter.send(Record.of(event.key(), event)).await().atMost(ACK_TIMEOUT);
    }
}
