package io.plexrecommend.broker;

import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.events.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    @Test
    void keepsTopicsAndRecordsAcrossARestart() throws Exception {
        Path dir = Files.createTempDirectory("broker-test");
        try (KafkaBroker broker = KafkaBroker.start(dir, "127.0.0.1", 0, 1)) {
            new TopicClient(broker.bootstrapServers()).send(Topics.RATINGS, "alice", "{\"hello\":1}");
        }
        try (KafkaBroker restarted = KafkaBroker.start(dir, "127.0.0.1", 0, 1)) {
            var records = new TopicClient(restarted.bootstrapServers()).read(Topics.RATINGS, 1, Duration.ofSeconds(30));
            assertThat(records).extracting(r -> r.key() + "=" + r.value()).containsExactly("alice={\"hello\":1}");
        }
    }

    @Test
    void restartsOnTheSameAddressWithItsRecordsAndCommittedOffsets() throws Exception {
        Path dir = Files.createTempDirectory("broker-restart-test");
        KafkaBroker broker = KafkaBroker.start(dir, "127.0.0.1", 0, 1);
        String address = broker.bootstrapServers();
        new TopicClient(address).send(Topics.MEDIA_ITEMS, "movie:tmdb:603", "{\"before\":1}");

        try (KafkaBroker restarted = broker.restart()) {
            assertThat(restarted.bootstrapServers()).isEqualTo(address);
            TopicClient client = new TopicClient(address);
            client.send(Topics.MEDIA_ITEMS, "movie:tmdb:603", "{\"after\":1}");
            assertThat(client.read(Topics.MEDIA_ITEMS, 2, Duration.ofSeconds(30))).extracting(r -> r.value())
                    .containsExactly("{\"before\":1}", "{\"after\":1}");
        }
    }

    @Test
    void createsTheMediaTopicsCompacted() throws Exception {
        KafkaBroker broker = KafkaBrokerTestResource.broker();
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (Admin admin = Admin.create(p)) {
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.MEDIA_ITEMS);
            var config = admin.describeConfigs(java.util.List.of(resource)).all().get(30, TimeUnit.SECONDS)
                    .get(resource);
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
            assertThat(admin.listTopics().names().get()).contains(Topics.deadLetter(Topics.RATINGS));
        }
    }
}
