package io.plexrecommend.ui.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.plexrecommend.ui.testing.FakeUpstreams;
import io.plexrecommend.ui.testing.FakeUpstreams.Answer;
import io.plexrecommend.ui.testing.UiSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = FakeUpstreams.class, restrictToAnnotatedClass = true)
class ScansTest {

    static String scan(String state, int seen, int percent, String failures) {
        return """
                {"id":"s1","state":"%s","libraries":["1"],"total":200,"seen":%d,"published":%d,"skipped":0,"failed":%d,
                 "failures":[%s],"startedAt":"2026-11-24T20:00:00Z","finishedAt":null,"percent":%d}"""
                .formatted(state, seen, seen, failures.isEmpty() ? 0 : 1, failures, percent).replace("\n", "");
    }

    @BeforeEach
    void reset() {
        FakeUpstreams.reset();
    }

    @Test
    void librariesAreOfferedForScanningWithTheLatestScan() {
        FakeUpstreams.answer("GET", "/api/libraries", Answer.json("""
                [{"id":"1","title":"Movies <4K>","type":"movie","itemCount":1234},{"id":"2","title":"TV","type":"show","itemCount":56}]"""));
        FakeUpstreams.answer("GET", "/api/scans", Answer.json("[" + scan("completed", 200, 100, "") + "]"));

        given().when().get("/config/libraries").then()
                .statusCode(200)
                .body(containsString("name=\"libraryId\" value=\"1\""))
                .body(containsString("Movies &lt;4K&gt;"))
                .body(containsString("1,234 items"))
                .body(containsString("data-state=\"completed\" data-percent=\"100\""));
    }

    @Test
    void startingAScanSendsTheChosenLibrariesAndShowsLiveProgress() {
        FakeUpstreams.answer("POST", "/api/scans", Answer.json(scan("queued", 0, 0, "")));

        UiSession.open().request().contentType(ContentType.URLENC).formParam("libraryId", "1").formParam("libraryId", "2")
                .when().post("/config/scans").then()
                .statusCode(200)
                .body(containsString("sse-connect=\"config/scans/s1/events\" sse-close=\"done\""))
                .body(containsString("<progress class=\"scan-bar\" max=\"100\" value=\"0\""));
        assertThat(FakeUpstreams.requests("POST", "/api/scans")).singleElement()
                .satisfies(r -> assertThat(r.bodyText()).isEqualTo("{\"libraryIds\":[\"1\",\"2\"]}"));
    }

    @Test
    void aScanWithoutLibrariesOrWithAStrangeIdIsRefused() {
        UiSession session = UiSession.open();
        session.request().contentType(ContentType.URLENC).formParam("other", "x")
                .when().post("/config/scans").then().statusCode(400).body(containsString("Choose at least one library"));
        session.request().contentType(ContentType.URLENC).formParam("libraryId", "1/../../reset")
                .when().post("/config/scans").then().statusCode(400);
        assertThat(FakeUpstreams.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void progressEventsBecomeEscapedHtmlAndTheStreamSaysWhenItIsDone() {
        FakeUpstreams.answer("GET", "/api/scans/s1/events", Answer.events(
                scan("running", 100, 50, ""),
                scan("completed", 200, 100, "{\"item\":\"<script>alert(1)</script>\",\"reason\":\"no TMDB match\"}")));

        String stream = given().when().get("/config/scans/s1/events").then()
                .statusCode(200).contentType(containsString("text/event-stream")).extract().asString();

        assertThat(stream).containsSubsequence("event:progress", "data-percent=\"50\"",
                "event:progress", "data-state=\"completed\" data-percent=\"100\"", "event:done");
        assertThat(stream).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
        assertThat(stream.lines().filter(line -> line.startsWith("data:")).count()).isEqualTo(3);
    }

    @Test
    void theDemoLibraryIsLoadedThroughTheScannerWithProgress() {
        FakeUpstreams.answer("POST", "/api/demo-library", Answer.json(scan("running", 10, 5, "")));

        UiSession.open().request().when().post("/config/demo-library").then()
                .statusCode(200)
                .body(containsString("sse-connect=\"config/scans/s1/events\""))
                .body(containsString("value=\"5\""))
                // The counters and the media tabs start following the scan (static/app.js).
                .header("HX-Trigger", "library-changed");
        assertThat(FakeUpstreams.requests("POST", "/api/demo-library")).hasSize(1);
    }
}
