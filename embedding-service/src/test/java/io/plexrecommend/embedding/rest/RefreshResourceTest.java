package io.plexrecommend.embedding.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.broker.TopicClient;
import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.MediaEmbeddedEvent;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.events.Topics;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/embeddings/refresh} with the real model and a real broker: a known item is embedded again from its
 * cached input and re-published on {@code media-embeddings} (same vector, same hash), an id without cached input is
 * reported as unknown, and bad bodies get a 400 in plain words.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class RefreshResourceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final AtomicInteger NEXT_ID = new AtomicInteger(800_000 + (int) (System.nanoTime() % 90_000));

    private final TopicClient kafka = TopicClient.forTestBroker();

    @Test
    void aKnownItemIsEmbeddedAgainAndRepublishedAndAnUnknownOneIsReported() {
        MediaItem item = MediaItem.builder().mediaId("movie:tmdb:" + NEXT_ID.incrementAndGet()).type(MediaType.MOVIE)
                .title("Arrival").overview("A linguist works with the military to communicate with alien lifeforms.")
                .genres(List.of("Science Fiction")).build();
        kafka.send(Topics.MEDIA_ITEMS, item.mediaId(), EventCodec.encode(MediaDiscoveredEvent.of(item)));
        MediaEmbeddedEvent first = awaitEmbeddings(item.mediaId(), 1).get(0);
        String unknown = "show:tvdb:" + NEXT_ID.incrementAndGet();
        long before = given().get("/api/status").then().extract().jsonPath().getLong("reembeddedOnRequest");

        JsonPath answer = given().contentType("application/json")
                .body(Map.of("mediaIds", List.of(item.mediaId(), unknown)))
                .post("/api/embeddings/refresh").then().statusCode(202).extract().jsonPath();

        assertThat(answer.getInt("accepted")).isEqualTo(1);
        assertThat(answer.getList("unknown", String.class)).containsExactly(unknown);
        MediaEmbeddedEvent again = awaitEmbeddings(item.mediaId(), 2).get(1);
        assertThat(again.eventId()).isNotEqualTo(first.eventId());
        assertThat(again.contentHash()).isEqualTo(first.contentHash());
        assertThat(again.vector()).containsExactly(first.vector());
        assertThat(again.features()).containsExactly(first.features());
        assertThat(embeddingsOf(unknown)).isEmpty();
        await().atMost(TIMEOUT).until(() -> given().get("/api/status").then().extract().jsonPath()
                .getLong("reembeddedOnRequest") == before + 1);
    }

    @Test
    void badRequestsAreRejectedInPlainWords() {
        given().contentType("application/json").body("mediaIds=movie:tmdb:603")
                .post("/api/embeddings/refresh").then().statusCode(400).body("error", containsString("not valid JSON"));
        given().contentType("application/json").body("{\"mediaIds\":\"movie:tmdb:603\"}")
                .post("/api/embeddings/refresh").then().statusCode(400).body("error", containsString("'mediaIds' has the wrong type"));
        given().contentType("application/json").body("{}")
                .post("/api/embeddings/refresh").then().statusCode(400).body("error", containsString("no media ids"));
        given().contentType("application/json").body(Map.of("mediaIds", List.of("movie:tmdb:603", "../etc/passwd")))
                .post("/api/embeddings/refresh").then().statusCode(400)
                .body("error", containsString("not a media id: ../etc/passwd"));
        given().contentType("application/json")
                .body(Map.of("mediaIds", Collections.nCopies(RefreshResource.MAX_IDS + 1, "movie:tmdb:603")))
                .post("/api/embeddings/refresh").then().statusCode(400).body("error", containsString("at most"));
        given().contentType("text/plain").body("{\"mediaIds\":[]}")
                .post("/api/embeddings/refresh").then().statusCode(415)
                .body("error", containsString("takes application/json"));
        given().get("/api/embeddings/refresh").then().statusCode(405).body("error", containsString("does not take that method"));
    }

    private List<MediaEmbeddedEvent> awaitEmbeddings(String mediaId, int count) {
        return await().atMost(TIMEOUT).until(() -> embeddingsOf(mediaId), list -> list.size() >= count);
    }

    private List<MediaEmbeddedEvent> embeddingsOf(String mediaId) {
        return kafka.read(Topics.MEDIA_EMBEDDINGS, Integer.MAX_VALUE, Duration.ofSeconds(2)).stream()
                .filter(r -> mediaId.equals(r.key()))
                .map(r -> EventCodec.decode(r.value(), MediaEmbeddedEvent.class))
                .toList();
    }
}
