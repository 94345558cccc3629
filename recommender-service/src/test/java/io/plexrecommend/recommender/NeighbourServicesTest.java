package io.plexrecommend.recommender;

import static io.plexrecommend.recommender.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.MediaEmbeddedEvent;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.events.Topics;
import io.plexrecommend.recommender.trainer.TrainerLog;
import io.plexrecommend.recommender.trainer.VectorRefresh;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The recommender with embedding-service and graph-service as real HTTP servers speaking their contracts
 * ({@link NeighbourServicesStub}): health and status say which of them answers and how many items wait for a
 * vector; the vector duty asks embedding-service to re-embed missing and stale vectors; explanations carry what
 * graph-service says two titles share.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FreshDatabaseTestResource.class)
@QuarkusTestResource(value = NeighbourServicesStub.class, restrictToAnnotatedClass = true)
class NeighbourServicesTest {

    @Inject
    VectorRefresh vectorRefresh;

    @Inject
    TrainerLog trainerLog;

    @AfterEach
    void servicesUpAgain() {
        NeighbourServicesStub.embeddingUp = true;
        NeighbourServicesStub.graphUp = true;
    }

    @Test
    void healthAndStatusSayWhichServiceIsDownAndStayReady() {
        assertThat(dependencies()).containsEntry("embedding-service", "up").containsEntry("graph-service", "up");

        NeighbourServicesStub.embeddingUp = false;
        assertThat(dependencies()).containsEntry("embedding-service", "down").containsEntry("graph-service", "up");
        NeighbourServicesStub.graphUp = false;
        assertThat(dependencies()).containsEntry("embedding-service", "down").containsEntry("graph-service", "down");
        given().get("/q/health/ready").then().statusCode(200);
        assertThat(status().getMap("dependencies"))
                .containsEntry("embedding-service", "down").containsEntry("graph-service", "down");

        // And recommendations are still served from what is known.
        String movie = newMediaId(MediaType.MOVIE);
        discover(item(movie, "Served While Down").build());
        awaitKnown(movie);
    }

    @Test
    void itemsWithoutVectorsCountsWhatWaitsForEmbeddingService() {
        long before = itemsWithoutVectors();
        String movie = newMediaId(MediaType.MOVIE);
        discover(item(movie, "Waiting For A Vector").build());
        await().atMost(Duration.ofSeconds(20)).until(() -> itemsWithoutVectors() == before + 1);
        assertThat(((Number) status().getMap("dependencies").get("itemsWithoutVectors")).longValue())
                .isEqualTo(before + 1);

        embed(movie, "minilm-test", 1f, 0f, 0f);
        await().atMost(Duration.ofSeconds(20)).until(() -> itemsWithoutVectors() == before);
    }

    @Test
    void theVectorDutyAsksForMissingAndStaleVectorsAndReportsWhatEmbeddingServiceCannotDo() {
        String missing = newMediaId(MediaType.MOVIE);
        String stale = newMediaId(MediaType.MOVIE);
        String fresh = newMediaId(MediaType.MOVIE);
        String noInput = newMediaId(MediaType.SHOW);
        for (String id : List.of(missing, stale, fresh, noInput)) {
            discover(item(id, "Vector Duty " + id).build());
        }
        awaitKnown(missing, stale, fresh, noInput);
        long withoutVectors = itemsWithoutVectors();
        publish(Topics.MEDIA_EMBEDDINGS, new MediaEmbeddedEvent(MediaEmbeddedEvent.SCHEMA_VERSION, UUID.randomUUID(),
                Instant.now().minus(31, ChronoUnit.DAYS), stale, "minilm-test", 3, new float[] {0f, 1f, 0f},
                "sha256:old", null, null));
        embed(fresh, "minilm-test", 0f, 0f, 1f);
        await().atMost(Duration.ofSeconds(20)).until(() -> itemsWithoutVectors() == withoutVectors - 2);
        NeighbourServicesStub.embeddingUnknown.add(noInput);
        NeighbourServicesStub.refreshRequests.clear();

        VectorRefresh.Outcome outcome = vectorRefresh.run();

        List<String> asked = NeighbourServicesStub.refreshRequests.stream().flatMap(List::stream).toList();
        assertThat(asked).contains(missing, stale, noInput).doesNotContain(fresh);
        assertThat(outcome.unknown()).as(outcome + " after asking " + asked).containsExactly(noInput);
        assertThat(outcome.accepted()).isEqualTo(asked.size() - 1);
        assertThat(outcome.problem()).isNull();
        assertThat(trainerLog.recent()).anySatisfy(line -> assertThat(line.message())
                .contains("queued for re-embedding", "has no input for 1"));
    }

    @Test
    void theVectorDutyReportsAnUnreachableEmbeddingServiceAndKeepsTheGap() {
        String missing = newMediaId(MediaType.MOVIE);
        discover(item(missing, "Still Missing").build());
        awaitKnown(missing);
        NeighbourServicesStub.embeddingUp = false;

        VectorRefresh.Outcome outcome = vectorRefresh.run();

        assertThat(outcome.problem()).contains("embedding-service unreachable", "wait for the next run");
        assertThat(outcome.missing()).isGreaterThanOrEqualTo(1);
        assertThat(trainerLog.recent()).anySatisfy(line -> assertThat(line.message())
                .contains("embedding-service unreachable"));
    }

    @Test
    void theExplanationNamesWhatGraphServiceSaysTheTwoTitlesShare() {
        List<String> keywords = List.of("heist", "los angeles", "detective");
        String heat = newMediaId(MediaType.MOVIE);
        String thief = newMediaId(MediaType.MOVIE);
        discover(item(heat, "Heat Graph").genres(List.of("Crime")).keywords(keywords)
                .directors(List.of("Michael Mann")).build());
        discover(item(thief, "Thief Graph").genres(List.of("Crime")).keywords(keywords)
                .directors(List.of("Michael Mann")).build());
        awaitKnown(heat, thief);
        NeighbourServicesStub.shared.put(thief, Map.of(heat, List.of(
                Map.of("relation", "keyword", "label", "heist", "node", "https://plex-recommend.io/keyword/heist"),
                Map.of("relation", "director", "label", "Michael Mann",
                        "node", "https://plex-recommend.io/person/michael-mann"))));
        String profile = newProfile();
        rateViaApi(profile, heat, 9);

        String html = given().get("/fragments/profiles/{p}/items/{id}/why", profile, thief)
                .then().statusCode(200).extract().asString();

        assertThat(html).contains("Because you rated Heat Graph 9/10", "same director (Michael Mann)", "heist");
    }

    private static Map<String, Object> dependencies() {
        JsonPath health = given().get("/q/health").then().extract().jsonPath();
        return health.getMap("checks.find { it.name == 'dependencies' }.data");
    }

    private static long itemsWithoutVectors() {
        return ((Number) dependencies().get("itemsWithoutVectors")).longValue();
    }
}
