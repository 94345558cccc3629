package io.plexrecommend.ui.rest;

import static org.hamcrest.Matchers.containsString;

import io.plexrecommend.ui.testing.UiSession;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** In %test, ui.scanner-url points at a closed port: the scanner is "not running". */
@QuarkusTest
class CatalogImportResourceTest {

    @Test
    void importWhileTheScannerIsNotRunningShowsAFriendlyPanel() {
        byte[] catalog = "{\"title\":\"Alien\"}\n".getBytes(StandardCharsets.UTF_8);
        UiSession.open().request().multiPart("catalog", "catalog.jsonl", catalog, "application/x-ndjson")
                .when().post("/config/catalog-import").then()
                .statusCode(503)
                .contentType(containsString("text/html"))
                .body(containsString("scanner-service is not reachable"));
    }

    @Test
    void importWithoutTheCsrfTokenIsRefusedBeforeAnythingIsSent() {
        byte[] catalog = "{\"title\":\"Alien\"}\n".getBytes(StandardCharsets.UTF_8);
        io.restassured.RestAssured.given().multiPart("catalog", "catalog.jsonl", catalog, "application/x-ndjson")
                .when().post("/config/catalog-import").then()
                .statusCode(400);
    }

    @Test
    void importWithoutAFileAsksForOne() {
        UiSession.open().request().multiPart("catalog", "empty.jsonl", new byte[0], "application/x-ndjson")
                .when().post("/config/catalog-import").then()
                .statusCode(400)
                .body(containsString("Choose a JSON Lines file to import."));
    }
}
