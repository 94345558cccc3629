package io.plexrecommend.events.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.events.InvalidEventException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

class DeadLetterHeadersTest {

    @Test
    void aDeadLetterSaysWhyWhereFromAndKeepsTheRecordsOwnHeaders() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("ratings", 2, 41L, "bob", "{not json");
        record.headers().add("trace", "t-1".getBytes(StandardCharsets.UTF_8));
        InvalidEventException reason = new InvalidEventException("invalid RatingEvent: not JSON",
                new IllegalStateException("unexpected character"));

        Headers headers = DeadLetterHeaders.of(record, reason);

        assertThat(value(headers, "trace")).isEqualTo("t-1");
        assertThat(value(headers, DeadLetterHeaders.REASON)).isEqualTo("invalid RatingEvent: not JSON");
        assertThat(value(headers, "dead-letter-exception-class-name")).isEqualTo(InvalidEventException.class.getName());
        assertThat(value(headers, "dead-letter-cause")).isEqualTo("unexpected character");
        assertThat(value(headers, "dead-letter-cause-class-name")).isEqualTo(IllegalStateException.class.getName());
        assertThat(value(headers, "dead-letter-topic")).isEqualTo("ratings");
        assertThat(value(headers, "dead-letter-partition")).isEqualTo("2");
        assertThat(value(headers, "dead-letter-offset")).isEqualTo("41");
    }

    @Test
    void withoutAnUnderlyingCauseThereAreNoCauseHeaders() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("media-items", 0, 0L, "k", "v");

        Headers headers = DeadLetterHeaders.of(record, new InvalidEventException("unsupported schemaVersion 99"));

        assertThat(headers.lastHeader("dead-letter-cause")).isNull();
        assertThat(headers.lastHeader("dead-letter-cause-class-name")).isNull();
    }

    private static String value(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
