package io.plexrecommend.graph.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.broker.TopicClient;
import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.GraphEmbeddedEvent;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.MediaEmbeddedEvent;
import io.plexrecommend.events.Topics;
import io.plexrecommend.graph.TestItems;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Items and text vectors in; after the debounce (1 s in tests), every item's graph vector on graph-embeddings. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class GraphEmbeddingsPublishedTest {

    private final TopicClient kafka = TopicClient.forTestBroker();

    @Inject
    TextVectors textVectors;

    private static String newMovieId() {
        return "movie:tmdb:" + ThreadLocalRandom.current().nextInt(1_000_000, 2_000_000_000);
    }

    private List<GraphEmbeddedEvent> embeddingsFor(String mediaId) {
        return kafka.read(Topics.GRAPH_EMBEDDINGS, 100_000, Duration.ofSeconds(2)).stream()
                .filter(r -> mediaId.equals(r.key()))
                .map(r -> EventCodec.decode(r.value(), GraphEmbeddedEvent.class)).toList();
    }

    @Test
    void discoveredItemsWithTextVectorsGetGraphEmbeddings() {
        String heat = newMovieId();
        String collateral = newMovieId();
        float[] vector = new float[384];
        vector[0] = 1f;
        for (String id : List.of(heat, collateral)) {
            kafka.send(Topics.MEDIA_ITEMS, id, EventCodec.encode(MediaDiscoveredEvent.of(TestItems.movie(id)
                    .directors(List.of("Michael Mann")).keywords(List.of("heist", "betrayal")).build())));
            kafka.send(Topics.MEDIA_EMBEDDINGS, id, EventCodec.encode(MediaEmbeddedEvent.of(id,
                    "sentence-transformers/all-MiniLM-L6-v2", vector, "sha256:test")));
        }

        GraphEmbeddedEvent event = await().atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO)
                .until(() -> embeddingsFor(heat), events -> !events.isEmpty()).get(0);
        assertThat(textVectors.get(heat)).hasValueSatisfying(v -> assertThat(v).isEqualTo(vector));
        assertThat(event.modelId()).isEqualTo(GraphEmbeddingService.MODEL_ID);
        assertThat(event.dimension()).isEqualTo(64).isEqualTo(event.vector().length);
        double norm = 0;
        for (float f : event.vector()) {
            norm += f * f;
        }
        assertThat(Math.sqrt(norm)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        // Each run publishes every item with the run's trainedAt: some run has both (the first may have seen one).
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            java.util.Set<java.time.Instant> runs = new java.util.HashSet<>();
            embeddingsFor(heat).forEach(e -> runs.add(e.trainedAt()));
            return embeddingsFor(collateral).stream().anyMatch(e -> runs.contains(e.trainedAt()));
        });
    }

    @Test
    void malformedTextVectorGoesToItsDeadLetterTopic() {
        String badKey = "malformed-" + UUID.randomUUID();
        kafka.send(Topics.MEDIA_EMBEDDINGS, badKey, "{\"eventType\":\"MediaEmbeddedEvent\",\"vector\":\"no\"}");

        ConsumerRecord<String, String> dead = await().atMost(Duration.ofSeconds(60))
                .until(() -> kafka.read(Topics.deadLetter(Topics.MEDIA_EMBEDDINGS), 100_000, Duration.ofSeconds(2))
                        .stream().filter(r -> badKey.equals(r.key())).toList(), records -> !records.isEmpty())
                .get(0);
        assertThat(TopicClient.header(dead, "dead-letter-reason")).contains("MediaEmbeddedEvent");
    }
}
