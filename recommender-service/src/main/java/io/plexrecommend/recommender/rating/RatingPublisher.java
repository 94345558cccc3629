package io.plexrecommend.recommender.rating;

import io.plexrecommend.events.RatingEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.OutgoingMessageMetadata;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/** Publishes ratings given here to {@code ratings}, keyed by profile, and waits until the broker has them. */
@ApplicationScoped
public class RatingPublisher {

    static final String CHANNEL = "ratings-out";
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(15);

    private final MutinyEmitter<Record<String, RatingEvent>> emitter;

    RatingPublisher(@Channel(CHANNEL) MutinyEmitter<Record<String, RatingEvent>> emitter) {
        this.emitter = emitter;
    }

    /**
     * @return where the broker put the event: the API applies it at that position, as the consumer would
     * @throws PublishFailedException if the broker did not acknowledge the rating
     */
    public TopicPosition publish(RatingEvent event) {
        // The Kafka sink fills this in with the RecordMetadata of the acknowledged record.
        OutgoingMessageMetadata<RecordMetadata> written = new OutgoingMessageMetadata<>();
        try {
            emitter.sendMessage(Message.of(Record.of(event.key(), event), Metadata.of(written)))
                    .await().atMost(ACK_TIMEOUT);
        } catch (RuntimeException e) {
            throw new PublishFailedException("could not publish the rating to Kafka: " + e.getMessage(), e);
        }
        RecordMetadata at = written.getResult();
        if (at == null || !at.hasOffset()) {
            throw new PublishFailedException("Kafka acknowledged the rating without an offset", null);
        }
        return new TopicPosition(at.partition(), at.offset());
    }
}
