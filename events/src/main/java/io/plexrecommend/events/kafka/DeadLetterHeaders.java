package io.plexrecommend.events.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The headers of a dead letter, named as SmallRye's dead-letter strategy names them, so that a record a batch
 * consumer dead-letters itself looks exactly like one SmallRye dead-lettered (docs/events.md, "Dead letters").
 */
public final class DeadLetterHeaders {

    public static final String REASON = "dead-letter-reason";

    /** The record's own headers plus why it could not be handled and where it came from. */
    public static RecordHeaders of(ConsumerRecord<?, ?> record, Throwable reason) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        put(headers, REASON, reason.getMessage() == null ? reason.toString() : reason.getMessage());
        if (reason.getCause() != null) {
            put(headers, "dead-letter-cause", String.valueOf(reason.getCause().getMessage()));
            put(headers, "dead-letter-cause-class-name", reason.getCause().getClass().getName());
        }
        put(headers, "dead-letter-exception-class-name", reason.getClass().getName());
        put(headers, "dead-letter-topic", record.topic());
        put(headers, "dead-letter-partition", String.valueOf(record.partition()));
        put(headers, "dead-letter-offset", String.valueOf(record.offset()));
        return headers;
    }

    private static void put(RecordHeaders headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private DeadLetterHeaders() {
    }
}
