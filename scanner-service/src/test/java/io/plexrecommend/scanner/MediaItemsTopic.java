package io.plexrecommend.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.broker.TopicClient;
import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.MediaItemEvent;
import io.plexrecommend.events.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;

/**
 * Reads {@code media-items} as an outside consumer would. The topic is shared by every test class of the module,
 * so callers look up what they published by key.
 */
public final class MediaItemsTopic {

    /**
     * The latest discovery per key, once all of {@code expectedKeys} are there. Checks on the way that each record's
     * key is its event's media id.
     */
    public static Map<String, MediaDiscoveredEvent> readUntilPresent(Collection<String> expectedKeys) {
        AtomicReference<Map<String, MediaDiscoveredEvent>> latest = new AtomicReference<>();
        AtomicInteger attempt = new AtomicInteger();
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Map<String, MediaDiscoveredEvent> discovered = new LinkedHashMap<>();
            // Each read starts a new consumer; on a busy machine joining takes most of 2 s, so later reads wait longer.
            for (MediaItemEvent event : all(Duration.ofSeconds(Math.min(20, 2L * attempt.incrementAndGet())))) {
                if (event instanceof MediaDiscoveredEvent d) {
                    discovered.put(d.mediaId(), d);
                }
            }
            latest.set(discovered);
            return discovered.keySet().containsAll(expectedKeys);
        });
        return latest.get();
    }

    /** Every event on the topic, in order. */
    public static List<MediaItemEvent> all() {
        return all(Duration.ofSeconds(5));
    }

    private static List<MediaItemEvent> all(Duration timeout) {
        // To the end offsets of the moment: a read cut short by a slow consumer start could return an older event
        // under the same key (another test class's) and miss the one just published.
        List<ConsumerRecord<String, String>> records = TopicClient.forTestBroker().readToEnd(Topics.MEDIA_ITEMS,
                timeout.compareTo(Duration.ofSeconds(30)) > 0 ? timeout : Duration.ofSeconds(30));
        List<MediaItemEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            MediaItemEvent event = EventCodec.decode(record.value(), MediaItemEvent.class);
            assertThat(record.key()).isEqualTo(event.mediaId());
            events.add(event);
        }
        return events;
    }

    /** Events about {@code mediaId}, in order. */
    public static List<MediaItemEvent> about(String mediaId) {
        // Callers compare counts: give a busy machine time to read the whole topic.
        return all(Duration.ofSeconds(5)).stream().filter(e -> e.mediaId().equals(mediaId)).toList();
    }

    private MediaItemsTopic() {
    }
}
