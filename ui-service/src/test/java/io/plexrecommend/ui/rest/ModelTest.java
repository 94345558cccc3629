package io.plexrecommend.ui.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.plexrecommend.ui.testing.FakeUpstreams;
import io.plexrecommend.ui.testing.FakeUpstreams.Answer;
import io.plexrecommend.ui.testing.UiSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Model management on the Configuration tab: status, resets (confirmed in the page) and the trainer's log. */
@QuarkusTest
@QuarkusTestResource(value = FakeUpstreams.class, restrictToAnnotatedClass = true)
class ModelTest {

    @BeforeEach
    void reset() {
        FakeUpstreams.reset();
    }

    @Test
    void configTabAsksForConfirmationBeforeEitherReset() {
        given().cookie("profile", "alice").when().get("/config").then()
                .statusCode(200)
                .body(containsString("hx-post=\"config/reset-profile\""))
                .body(containsString("hx-confirm=\"Remove every rating of alice? This cannot be undone.\""))
                .body(containsString("hx-post=\"config/reset-all\""))
                .body(containsString("hx-confirm=\"Reset everything for every profile"))
                .body(containsString("sse-connect=\"config/trainer-log\""));
    }

    @Test
    void statusShowsTheRecommendersCounts() {
        FakeUpstreams.answer("GET", "/api/status", Answer.json(
                "{\"itemsKnown\":20000,\"itemsEmbedded\":19999,\"itemsInGraph\":20000,\"ratingsProcessed\":12}"));
        given().when().get("/config/status").then().statusCode(200)
                .body(containsString("<dd>20,000</dd>")).body(containsString("<dd>19,999</dd>"))
                // What static/app.js compares between refreshes to make the tabs and counters follow the pipeline.
                .body(containsString("data-known=\"20000\" data-embedded=\"19999\""))
                .body(containsString("data-in-graph=\"20000\" data-ratings=\"12\""));
    }

    @Test
    void theCountersRefreshWhenTheLibraryChanges() {
        given().cookie("profile", "alice").when().get("/config").then().statusCode(200)
                .body(containsString("hx-get=\"config/status\" hx-trigger=\"load, counters-refresh, library-changed from:body\""));
    }

    @Test
    void resettingAProfileRemovesOnlyThatProfilesRatings() {
        FakeUpstreams.answer("DELETE", "/api/profiles/alice/ratings", Answer.status(202));
        UiSession.open().request().cookie("profile", "alice").when().post("/config/reset-profile").then()
                .statusCode(200).body(containsString("All ratings of alice are being removed"))
                .header("HX-Trigger", "library-changed");
        assertThat(FakeUpstreams.requests()).filteredOn(r -> !r.method().equals("GET")).singleElement()
                .satisfies(r -> assertThat(r.method() + " " + r.path()).isEqualTo("DELETE /api/profiles/alice/ratings"));
    }

    @Test
    void resettingEverythingCallsTheGlobalReset() {
        FakeUpstreams.answer("POST", "/api/reset", Answer.status(202));
        UiSession.open().request().when().post("/config/reset-all").then()
                .statusCode(200).body(containsString("Everything is being reset"));
        assertThat(FakeUpstreams.requests("POST", "/api/reset")).hasSize(1);
    }

    @Test
    void resetsNeedTheCsrfToken() {
        given().when().post("/config/reset-all").then().statusCode(400);
        assertThat(FakeUpstreams.requests("POST", "/api/reset")).isEmpty();
    }

    @Test
    void aQuietTrainerLogIsNotCutOffByTheClientsReadTimeout() {
        // The recommender's read timeout is 5 s; a log that is quiet for longer must stay connected, or the browser
        // reconnects and the recommender replays its last lines into the page again.
        FakeUpstreams.answer("GET", "/api/trainer/log", Answer.pausedEvents(6_500,
                "{\"at\":\"20:00:00\",\"task\":\"t\",\"message\":\"before the pause\",\"progress\":null}",
                "{\"at\":\"20:00:07\",\"task\":\"t\",\"message\":\"after the pause\",\"progress\":null}"));

        String stream = given().when().get("/config/trainer-log").then().statusCode(200).extract().asString();

        assertThat(stream).containsSubsequence("before the pause", "after the pause").doesNotContain("not reachable");
    }

    @Test
    void trainerLogLinesAreProxiedAsEscapedListItems() {
        FakeUpstreams.answer("GET", "/api/trainer/log", Answer.events(
                "{\"at\":\"20:01:02\",\"task\":\"alice\",\"message\":\"Training on 12 ratings\",\"progress\":40}",
                "{\"at\":\"20:01:03\",\"task\":\"alice\",\"message\":\"<img src=x onerror=alert(1)>\",\"progress\":null}"));

        String stream = given().when().get("/config/trainer-log").then()
                .statusCode(200).contentType(containsString("text/event-stream")).extract().asString();

        assertThat(stream).containsSubsequence("event:log", "Training on 12 ratings", "(40%)", "event:log",
                "&lt;img src=x onerror=alert(1)&gt;");
        assertThat(stream).doesNotContain("<img");
    }
}
