package io.plexrecommend.embedding.messaging;

import io.plexrecommend.events.kafka.ConsumerIncidents;
import io.plexrecommend.events.kafka.DeadLetterHeaders;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Writes one unreadable {@code media-items} record to {@code media-items-dlq}, unchanged, with the same headers
 * SmallRye's dead-letter strategy uses. With batch consumption SmallRye could only dead-letter a whole batch, so
 * the consumer sends the bad records itself and acknowledges the batch.
 */
@ApplicationScoped
public class DeadLetterSink {

    static final String CHANNEL = "media-items-dlq-out";

    private final MutinyEmitter<String> emitter;
    private final ConsumerIncidents incidents;

    public DeadLetterSink(@Channel(CHANNEL) MutinyEmitter<String> emitter, ConsumerIncidents incidents) {
        this.emitter = emitter;
        this.incidents = incidents;
    }

    public void send(ConsumerRecord<String, String> record, Throwable reason) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key()).withHeaders(DeadLetterHeaders.of(record, reason)).build();
        emitter.sendMessageAndAwait(Message.of(record.value() == null ? "" : record.value()).addMetadata(metadata));
        incidents.deadLettered(record.topic(), record.key(), reason);
    }
}
