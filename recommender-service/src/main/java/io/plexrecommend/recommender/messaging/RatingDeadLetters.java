package io.plexrecommend.recommender.messaging;

import io.plexrecommend.events.kafka.DeadLetterHeaders;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Writes one {@code ratings} record that cannot be applied to {@code ratings-dlq}, unchanged, with the headers
 * SmallRye's dead-letter strategy writes ({@link DeadLetterHeaders}), and waits for the
 * broker. The ratings consumer reads batches, and a nacked batch would send all of its records to the dead-letter
 * topic; so it acknowledges the batch and dead-letters the bad records itself, one by one.
 */
@ApplicationScoped
public class RatingDeadLetters {

    static final String CHANNEL = "ratings-dlq-out";

    private final MutinyEmitter<String> emitter;

    RatingDeadLetters(@Channel(CHANNEL) MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    public void send(ConsumerRecord<String, String> record, Throwable reason) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key()).withHeaders(DeadLetterHeaders.of(record, reason)).build();
        emitter.sendMessageAndAwait(Message.of(record.value() == null ? "" : record.value()).addMetadata(metadata));
    }
}
