package io.plexrecommend.graph.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Writes one unreadable {@code media-items} record to {@code media-items-dlq}, unchanged, with the headers SmallRye's
 * dead-letter strategy uses (as embedding-service does). With batch consumption SmallRye could only dead-letter a
 * whole batch, so the consumer sends the bad records itself and handles the rest of the batch.
 */
@ApplicationScoped
public class DeadLetterSink {

    static final String CHANNEL = "media-items-dlq-out";

    private final MutinyEmitter<String> emitter;

    public DeadLetterSink(@Channel(CHANNEL) MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    public void send(ConsumerRecord<String, String> record, Throwable reason) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        add(headers, "dead-letter-reason", reason.getMessage() == null ? reason.toString() : reason.getMessage());
        if (reason.getCause() != null) {
            add(headers, "dead-letter-cause", String.valueOf(reason.getCause().getMessage()));
        }
        add(headers, "dead-letter-exception-class-name", reason.getClass().getName());
        add(headers, "dead-letter-topic", record.topic());
        add(headers, "dead-letter-partition", String.valueOf(record.partition()));
        add(headers, "dead-letter-offset", String.valueOf(record.offset()));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key()).withHeaders(headers).build();
        emitter.sendMessageAndAwait(Message.of(record.value() == null ? "" : record.value()).addMetadata(metadata));
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
