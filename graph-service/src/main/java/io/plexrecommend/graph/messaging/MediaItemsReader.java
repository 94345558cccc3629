package io.plexrecommend.graph.messaging;

import io.plexrecommend.events.Topics;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code media-items} from the beginning to its current end with a plain consumer of its own (no group, no
 * committed offsets), so a rebuild neither disturbs nor depends on the SmallRye channel's position.
 */
public class MediaItemsReader {

    private static final Duration POLL = Duration.ofMillis(500);

    private final String bootstrapServers;

    public MediaItemsReader(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The latest payload of every key, in the order the keys were last written. Tombstones drop their key. */
    public Map<String, String> latestByKey() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<String, String> latest = new LinkedHashMap<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    latest.remove(record.key());
                    if (record.value() != null) {
                        latest.put(record.key(), record.value());
                    }
                }
            }
            return latest;
        }
    }

    /** True when the topic holds at least one record (its end is past its beginning on some partition). */
    public boolean hasRecords() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            return partitions.stream().anyMatch(p -> end.get(p) > begin.get(p));
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        return consumer.partitionsFor(Topics.MEDIA_ITEMS, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "graph-service-rebuild");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
