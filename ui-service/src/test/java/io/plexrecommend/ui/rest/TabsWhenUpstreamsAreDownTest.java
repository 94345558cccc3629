package io.plexrecommend.ui.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.plexrecommend.ui.testing.UiSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** In %test, ui.recommender-url and ui.scanner-url point at a closed port: both services are "not running". */
@QuarkusTest
class TabsWhenUpstreamsAreDownTest {

    @Test
    void unknownTabIsNotFound() {
        given().when().get("/tabs/unknown").then().statusCode(404);
        UiSession.open().request().contentType(ContentType.URLENC).formParam("mediaId", "movie:tmdb:1").formParam("rating", "7")
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
        UiSession.open().request().contentType(ContentType.URLENC).formParam("mediaId", "movie:tmdb:1").formParam("rating", "7")
                .when().post("/tabs/movie/ratings").then()
                .statusCode(503)
                .body(containsString("recommender-service is not reachable"));
    }

    @Test
    void configTabRendersWithoutEitherServiceAndEachCardSaysWhatIsDown() {
        given().when().get("/config").then()
                .statusCode(200)
                .body(containsString("hx-get=\"config/settings\""))
                .body(containsString("Import a catalog (JSON Lines)"))
                .body(containsString("hx-post=\"config/catalog-import\""));
        given().when().get("/config/status").then().statusCode(503)
                .body(containsString("recommender-service is not reachable"));
        given().when().get("/config/settings").then().statusCode(503)
                .body(containsString("scanner-service is not reachable"));
        given().when().get("/config/libraries").then().statusCode(503)
                .body(containsString("scanner-service is not reachable"));
    }

    @Test
    void scanProgressStreamReportsTheScannerBeingDownAndEnds() {
        given().when().get("/config/scans/42/events").then()
                .statusCode(200)
                .contentType(containsString("text/event-stream"))
                .body(containsString("event:progress"))
                .body(containsString("Live progress stopped: scanner-service is not reachable"))
                .body(containsString("event:done"));
    }
}
