package io.plexrecommend.graph.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.graph.TestItems;
import io.plexrecommend.graph.mapping.MediaGraphMapper;
import io.plexrecommend.graph.store.GraphStatus;
import io.plexrecommend.graph.store.GraphStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class GraphResourceTest {

    @Inject
    GraphStore store;

    @Inject
    MediaGraphMapper mapper;

    private String stored() {
        MediaItem item = TestItems.movie("movie:tmdb:" + ThreadLocalRandom.current().nextInt(1, 1_000_000)).build();
        store.replace(item.mediaId(), mapper.toModel(item));
        return item.mediaId();
    }

    @Test
    void itemTriplesAreServedAsNTriples() {
        String mediaId = stored();

        String body = given().get("/api/items/{id}/triples", mediaId).then().statusCode(200)
                .contentType(containsString("application/n-triples")).extract().asString();

        assertThat(body).isEqualTo(store.find(mediaId).orElseThrow().nTriples())
                .contains("<https://plex-recommend.io/media/" + mediaId + "> <https://schema.org/genre> "
                        + "<https://plex-recommend.io/genre/action> .");
    }

    @Test
    void unknownItemIsNotFoundAndNonsenseIsABadRequest() {
        given().get("/api/items/{id}/triples", "movie:tmdb:999999999999").then().statusCode(404)
                .body("error", containsString("movie:tmdb:999999999999"));
        given().get("/api/items/{id}/triples", "not-a-media-id").then().statusCode(400)
                .body("error", containsString("is not a media id"));
    }

    @Test
    void statusCountsItemsAndTriples() {
        stored();
        GraphStatus expected = store.status();

        ServiceStatus status = given().get("/api/status").then().statusCode(200).extract().as(ServiceStatus.class);

        assertThat(status.items()).isPositive().isEqualTo(expected.items());
        assertThat(status.triples()).isEqualTo(expected.triples());
        assertThat(status.diskBytes()).as("the TDB2 files").isPositive();
        assertThat(status.compactions()).isGreaterThanOrEqualTo(expected.compactions());
    }

    @Test
    void compactionMetricsArePublished() {
        stored();

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("graph_store_disk_bytes"), containsString("graph_store_compactions_total"),
                        containsString("graph_store_pending_writes"),
                        containsString("graph_store_compaction_failures_total"));
    }

    @Test
    void healthIsUpWithKafka() {
        given().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
    }
}
