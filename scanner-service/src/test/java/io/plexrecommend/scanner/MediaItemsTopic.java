package io.plexrecommend.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.broker.TopicClient;
import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;

/**
 * Reads {@code media-items} as an outside consumer would. The topic is shared by every test class of the module,
 * so callers look up what they published by key.
 */
public final class MediaItemsTopic {

    /**
     * Everything on the topic, as the latest event per key, once all of {@code expectedKeys} are there. Checks on
     * the way that each record's key is its event's media id.
     */
    public static Map<String, MediaDiscoveredEvent> readUntilPresent(Collection<String> expectedKeys) {
        AtomicReference<Map<String, MediaDiscoveredEvent>> latest = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            latest.set(readAll());
            return latest.get().keySet().containsAll(expectedKeys);
        });
        return latest.get();
    }

    private static Map<String, MediaDiscoveredEvent> readAll() {
        List<ConsumerRecord<String, String>> records =
                TopicClient.forTestBroker().read(Topics.MEDIA_ITEMS, Integer.MAX_VALUE, Duration.ofSeconds(2));
        Map<String, MediaDiscoveredEvent> byKey = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            MediaDiscoveredEvent event = EventCodec.decode(record.value(), MediaDiscoveredEvent.class);
            assertThat(record.key()).isEqualTo(event.mediaId());
            byKey.put(record.key(), event);
        }
        return byKey;
    }

    private MediaItemsTopic() {
    }
}
