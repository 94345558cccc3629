package io.plexrecommend.recommender.rating;

import io.plexrecommend.events.RatingEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes ratings given here to {@code ratings}, keyed by profile, and waits until the broker has them. */
@ApplicationScoped
public class RatingPublisher {

    static final String CHANNEL = "ratings-out";
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(15);

    private final MutinyEmitter<Record<String, RatingEvent>> emitter;

    RatingPublisher(@Channel(CHANNEL) MutinyEmitter<Record<String, RatingEvent>> emitter) {
        this.emitter = emitter;
    }

    /** @throws PublishFailedException if the broker did not acknowledge the rating */
    public void publish(RatingEvent event) {
        try {
            emitter.send(Record.of(event.key(), event)).await().atMost(ACK_TIMEOUT);
        } catch (RuntimeException e) {
            throw new PublishFailedException("could not publish the rating to Kafka: " + e.getMessage(), e);
        }
    }
}
