package io.plexrecommend.scanner.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Requests the framework refuses before any resource method runs get the same {@code {"error":…}} as every other
 * refusal, in plain words, and a body that cannot be decoded is the client's 400, not this service's 500. Found by
 * the system tests' hostile-input fuzz (HostileInputIT).
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class RequestErrorsTest {

    @Test
    void malformedJsonIsA400SayingWhere() {
        given().contentType(ContentType.JSON).body("{\"plex\":").put("/api/settings")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("error", containsString("not valid JSON")).body("error", containsString("line 1"));
    }

    @Test
    void aFieldOfTheWrongTypeIsA400NamingTheFieldNotAJavaClass() {
        given().contentType(ContentType.JSON).body("{\"libraryIds\":{\"x\":[1]}}").post("/api/scans")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("error", containsString("'libraryIds'")).body("error", not(containsString("java.")));
    }

    @Test
    void anUnsupportedContentTypeIsA415WithTheReason() {
        given().contentType("application/xml").body("<a/>").post("/api/catalog/import")
                .then().statusCode(415).contentType(ContentType.JSON)
                .body("error", containsString("this endpoint does not take 'application/xml"));
    }

    @Test
    void aMethodThePathDoesNotTakeIsA405WithTheReason() {
        given().delete("/api/settings").then().statusCode(405).contentType(ContentType.JSON)
                .body("error", containsString("does not take that method"));
    }

    @Test
    void aFormWithABrokenEscapeIsA400NotA500() {
        given().contentType("application/x-www-form-urlencoded").body("payload=%zz").post("/webhooks/plex")
                .then().statusCode(400).contentType(ContentType.JSON).body("error", containsString("could not be decoded"));
        given().contentType("application/x-www-form-urlencoded").body("=&=&&==").post("/webhooks/plex")
                .then().statusCode(not(equalTo(500)));
    }

    @Test
    void aMultipartBodyThatBreaksItsBoundaryIsA400SayingSo() {
        given().contentType("multipart/form-data").body("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--\r\n".getBytes())
                .post("/webhooks/plex").then().statusCode(400).contentType(ContentType.JSON)
                .body("error", containsString("multipart"));
        byte[] garbage = new byte[2048];
        new java.util.Random(7).nextBytes(garbage);
        given().contentType("multipart/form-data; boundary=fuzzBoundary").body(garbage).post("/webhooks/plex")
                .then().statusCode(400).contentType(ContentType.JSON).body("error", containsString("multipart"));
    }
}
