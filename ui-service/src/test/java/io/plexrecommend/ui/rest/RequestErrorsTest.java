package io.plexrecommend.ui.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.plexrecommend.ui.testing.UiSession;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Requests refused before any resource method runs still get a notice the page can show, and a body that cannot be
 * decoded is the client's 400, not the UI's 500. Found by the system tests' hostile-input fuzz (HostileInputIT).
 */
@QuarkusTest
class RequestErrorsTest {

    @Test
    void anUnknownTabIsA404WithANotice() {
        given().get("/tabs/nothing").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("notice-error")).body(containsString("No tab nothing"));
    }

    @Test
    void aFormWithABrokenEscapeIsA400WithANotice() {
        UiSession.open().request().contentType("application/x-www-form-urlencoded").body("plexUrl=%zz")
                .post("/config/settings").then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("could not be read"));
        UiSession.open().request().contentType("application/x-www-form-urlencoded").body("=&=&&==")
                .post("/config/settings").then().statusCode(400).body(containsString("could not be read"));
    }

    @Test
    void anUnsupportedContentTypeIsA415WithANotice() {
        UiSession.open().request().contentType("application/xml").body("<a/>").post("/profiles")
                .then().statusCode(415).contentType(containsString("text/html")).body(containsString("notice-error"));
    }

    @Test
    void anUploadThatBreaksItsMultipartBoundaryIsA400WithANotice() {
        byte[] garbage = new byte[2048];
        new java.util.Random(7).nextBytes(garbage);
        UiSession.open().request().contentType("multipart/form-data; boundary=fuzzBoundary").body(garbage)
                .post("/config/catalog-import").then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("could not be read"));
    }
}
