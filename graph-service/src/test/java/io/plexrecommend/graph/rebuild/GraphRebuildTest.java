package io.plexrecommend.graph.rebuild;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.broker.TopicClient;
import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.Topics;
import io.plexrecommend.graph.TestItems;
import io.plexrecommend.graph.mapping.MediaGraphMapper;
import io.plexrecommend.graph.rest.ServiceStatus;
import io.plexrecommend.graph.store.GraphStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** POST /api/rebuild replaces the dataset with what media-items says, and republishes. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class GraphRebuildTest {

    private final TopicClient kafka = TopicClient.forTestBroker();

    @Inject
    GraphStore store;

    @Inject
    MediaGraphMapper mapper;

    private static String newMovieId() {
        return "movie:tmdb:" + ThreadLocalRandom.current().nextInt(1_000_000, 2_000_000_000);
    }

    @Test
    void rebuildRestoresLostItemsDropsStrangersAndRepublishes() {
        String lost = newMovieId();
        kafka.send(Topics.MEDIA_ITEMS, lost, EventCodec.encode(MediaDiscoveredEvent.of(TestItems.movie(lost)
                .genres(List.of("Western")).build())));
        await().atMost(Duration.ofSeconds(60)).until(() -> store.find(lost).isPresent());
        store.remove(lost);
        String stranger = newMovieId();
        store.replace(stranger, mapper.toModel(TestItems.movie(stranger).build()));
        Instant before = Instant.now();

        given().post("/api/rebuild").then().statusCode(202).body("state", org.hamcrest.Matchers.is("running"));

        ServiceStatus status = await().atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO)
                .until(() -> given().get("/api/status").then().statusCode(200).extract().as(ServiceStatus.class),
                        s -> "completed".equals(s.rebuild().state()) && s.rebuild().startedAt().isAfter(before));
        assertThat(status.rebuild().items()).isPositive().isEqualTo((int) status.items());
        assertThat(store.find(lost)).as("restored from the topic").isPresent()
                .hasValueSatisfying(g -> assertThat(g.nTriples()).contains("genre/western"));
        assertThat(store.find(stranger)).as("not in media-items, so not in the rebuilt graph").isEmpty();
        long lostUpdates = kafka.read(Topics.GRAPH_TRIPLES, 100_000, Duration.ofSeconds(2)).stream()
                .filter(r -> lost.equals(r.key())).count();
        assertThat(lostUpdates).as("published once on discovery, once by the rebuild").isGreaterThanOrEqualTo(2);
    }
}
