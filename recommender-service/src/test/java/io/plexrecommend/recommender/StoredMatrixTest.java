package io.plexrecommend.recommender;

import static io.plexrecommend.recommender.StoredMatrixDatabase.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.recommender.trainer.BackgroundDuties;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The content similarity matrix survives a restart: started over a database with a stored matrix
 * ({@link StoredMatrixDatabase}), the service answers "more like this" from it before any rebuild; a full rebuild
 * replaces it in memory and in the database.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = StoredMatrixDatabase.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoredMatrixTest {

    @Inject
    BackgroundDuties duties;

    @Test
    @Order(1)
    void aRestartServesMoreLikeThisFromTheStoredMatrixBeforeAnyRebuild() {
        await().atMost(Duration.ofSeconds(90)).until(() -> !similar(HEIST).isEmpty());

        // A rebuild would drop the cartoon (it shares nothing with the heist) and put the twin first.
        assertThat(similar(HEIST)).contains(CARTOON).doesNotContain(TWIN);
    }

    @Test
    @Order(2)
    void aFullRebuildReplacesTheStoredMatrixSoTheNextStartLoadsTheNewOne() throws Exception {
        duties.rebuildNow();

        assertThat(similar(HEIST)).first().isEqualTo(TWIN);
        assertThat(storedNeighbours(HEIST)).startsWith(TWIN).doesNotContain(CARTOON);
    }

    private static List<String> similar(String mediaId) {
        return given().get("/api/items/{id}/similar", mediaId).then().statusCode(200).extract().jsonPath()
                .getList("mediaId", String.class);
    }

    private static String storedNeighbours(String mediaId) throws Exception {
        try (var db = java.sql.DriverManager.getConnection(
                "jdbc:sqlite:target/test-data-stored-matrix/recommender/recommender.db");
                var row = db.prepareStatement("select neighbour_ids from content_neighbours where media_id = ?")) {
            row.setString(1, mediaId);
            try (var result = row.executeQuery()) {
                return result.next() ? result.getString(1) : "";
            }
        }
    }
}
