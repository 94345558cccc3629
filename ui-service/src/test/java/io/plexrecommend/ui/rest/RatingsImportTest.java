package io.plexrecommend.ui.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.plexrecommend.ui.testing.FakeUpstreams;
import io.plexrecommend.ui.testing.FakeUpstreams.Answer;
import io.plexrecommend.ui.testing.UiSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = FakeUpstreams.class, restrictToAnnotatedClass = true)
class RatingsImportTest {

    static final byte[] IMDB = """
            Const,Your Rating,Date Rated,Title,Year
            tt0133093,9,2024-01-02,The Matrix,1999
            """.getBytes(StandardCharsets.UTF_8);

    @BeforeEach
    void reset() {
        FakeUpstreams.reset();
    }

    @Test
    void theFileGoesToTheScannerForTheCurrentProfileAndTheReportIsShown() {
        FakeUpstreams.answer("POST", "/api/profiles/alice/ratings/import", Answer.json("""
                {"format":"imdb","rows":2,"imported":1,"matched":1,"unmatched":0,
                 "problems":[{"line":3,"title":"<script>alert(1)</script>","reason":"no rating"}]}"""));

        UiSession.open().request().cookie("profile", "alice")
                .multiPart("csv", "ratings.csv", IMDB, "text/csv").multiPart("format", "imdb")
                .when().post("/config/ratings-import").then()
                .statusCode(200)
                .body(containsString("ratings.csv (imdb) for alice: 2 rows read, 1 imported"))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(containsString("no rating"))
                .header("HX-Trigger", "library-changed"); // the counters and tabs follow the import

        assertThat(FakeUpstreams.requests("POST", "/api/profiles/alice/ratings/import")).singleElement().satisfies(r -> {
            assertThat(r.query()).isEqualTo("format=imdb");
            assertThat(r.contentType()).startsWith("text/csv");
            assertThat(r.body()).isEqualTo(IMDB);
        });
    }

    @Test
    void aMalformedCsvShowsTheScannersReason() {
        FakeUpstreams.answer("POST", "/api/profiles/default/ratings/import",
                Answer.error(400, "Line 1 is not an IMDb ratings header (expected Const, Your Rating, …)"));

        UiSession.open().request().multiPart("csv", "x.csv", "\"unterminated,\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("format", "imdb")
                .when().post("/config/ratings-import").then()
                .statusCode(400)
                .body(containsString("Line 1 is not an IMDb ratings header"));
    }

    @Test
    void aFileOverTenMegabytesIsRefusedHereWithoutBeingForwarded() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');

        UiSession.open().request().multiPart("csv", "big.csv", big, "text/csv").multiPart("format", "generic")
                .when().post("/config/ratings-import").then()
                .statusCode(413)
                .body(containsString("ratings files up to 10 MB are accepted"));
        assertThat(FakeUpstreams.requests()).noneMatch(r -> r.path().endsWith("/ratings/import"));
    }

    @Test
    void anUnknownFormatOrAnEmptyFileIsRefused() {
        UiSession session = UiSession.open();
        session.request().multiPart("csv", "r.csv", IMDB, "text/csv").multiPart("format", "netflix")
                .when().post("/config/ratings-import").then().statusCode(400)
                .body(containsString("IMDb, Letterboxd, Trakt or generic CSV"));
        session.request().multiPart("csv", "r.csv", new byte[0], "text/csv").multiPart("format", "imdb")
                .when().post("/config/ratings-import").then().statusCode(400)
                .body(containsString("Choose a CSV file to import."));
        assertThat(FakeUpstreams.requests()).noneMatch(r -> r.path().endsWith("/ratings/import"));
    }
}
