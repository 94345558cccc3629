package io.plexrecommend.ui.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** In %test, ui.recommender-url and ui.scanner-url point at a closed port: both services are "not running". */
@QuarkusTest
class TabResourceTest {

    @Test
    void unknownTabIsNotFound() {
        given().when().get("/tabs/unknown").then().statusCode(404);
        given().contentType(ContentType.URLENC).formParam("mediaId", "m1").formParam("rating", "7")
                .when().post("/tabs/unknown/ratings").then().statusCode(404);
    }

    @Test
    void mediaTabShowsAFriendlyPanelWhenTheRecommenderIsNotRunning() {
        for (String type : new String[] {"movie", "show"}) {
            given().when().get("/tabs/" + type).then()
                    .statusCode(503)
                    .contentType(containsString("text/html"))
                    .body(containsString("<div class=\"unavailable\" role=\"alert\">"))
                    .body(containsString("recommender-service is not reachable"))
                    .body(containsString("data-refresh"));
        }
    }

    @Test
    void ratingWhileTheRecommenderIsNotRunningShowsTheSamePanel() {
        given().contentType(ContentType.URLENC).formParam("mediaId", "m1").formParam("rating", "7")
                .when().post("/tabs/movie/ratings").then()
                .statusCode(503)
                .body(containsString("recommender-service is not reachable"));
    }

    @Test
    void configTabKeepsTheImportFormWhenTheRecommenderIsNotRunning() {
        given().when().get("/tabs/config").then()
                .statusCode(200)
                .body(containsString("recommender-service is not reachable"))
                .body(containsString("Import a catalog (JSON Lines)"))
                .body(containsString("hx-post=\"config/catalog-import\""))
                .body(containsString("hx-encoding=\"multipart/form-data\""))
                .body(containsString("name=\"catalog\""))
                .body(not(containsString("Items known")));
    }
}
