package io.plexrecommend.ui.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RecommenderReadinessCheckTest {

    @Test
    void notReadyWithAReasonWhenTheRecommenderIsNotRunning() {
        given().when().get("/q/health/ready").then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'recommender-service' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'recommender-service' }.data.reason",
                        containsString("recommender-service is not reachable"));
    }

    @Test
    void livenessDoesNotDependOnTheRecommender() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
