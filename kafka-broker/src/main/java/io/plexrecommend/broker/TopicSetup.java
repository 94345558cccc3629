package io.plexrecommend.broker;

import io.plexrecommend.events.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Creates the project's topics with their intended retention: the media topics and recommendation lists compacted
 * (the latest event per item or profile is its state, so a service can rebuild by replaying them), ratings kept as history, dead letters a week.
 * Existing topics are left alone.
 */
final class TopicSetup {

    private static final String FOREVER = "-1";
    private static final String ONE_WEEK = Long.toString(Duration.ofDays(7).toMillis());

    static void ensureTopics(String bootstrapServers, int partitions) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "60000");
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (NewTopic topic : topics(partitions)) {
                if (!existing.contains(topic.name())) {
                    missing.add(topic);
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not create topics on " + bootstrapServers, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    static List<NewTopic> topics(int partitions) {
        Map<String, String> compacted = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        Map<String, String> history = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG, FOREVER);
        Map<String, String> deadLetters = Map.of(TopicConfig.RETENTION_MS_CONFIG, ONE_WEEK);
        List<NewTopic> topics = new ArrayList<>();
        for (String name : List.of(Topics.MEDIA_ITEMS, Topics.MEDIA_EMBEDDINGS, Topics.GRAPH_TRIPLES,
                Topics.GRAPH_EMBEDDINGS, Topics.RECOMMENDATION_LISTS)) {
            topics.add(new NewTopic(name, partitions, (short) 1).configs(compacted));
        }
        topics.add(new NewTopic(Topics.RATINGS, partitions, (short) 1).configs(history));
        for (String name : List.of(Topics.MEDIA_ITEMS, Topics.MEDIA_EMBEDDINGS, Topics.GRAPH_TRIPLES,
                Topics.GRAPH_EMBEDDINGS, Topics.RATINGS, Topics.RECOMMENDATION_LISTS)) {
            topics.add(new NewTopic(Topics.deadLetter(name), 1, (short) 1).configs(deadLetters));
        }
        return topics;
    }

    private TopicSetup() {
    }
}
