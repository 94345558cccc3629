package io.plexrecommend.recommender.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.recommender.FreshDatabaseTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Requests the framework refuses before a resource method runs answer the same {@code {"error":…}} as every other
 * refusal, and no refusal echoes more than a short prefix of what it was sent. Found by the system tests'
 * hostile-input fuzz (HostileInputIT).
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FreshDatabaseTestResource.class)
class RequestErrorsTest {

    @Test
    void aQueryParameterThatDoesNotConvertIsRefusedInWords() {
        given().get("/api/items/movie:tmdb:603/similar?limit=abc").then().statusCode(404).contentType(ContentType.JSON)
                .body("error", containsString("parameter"));
    }

    @Test
    void aPathThatNoLongerMatchesAfterDotDotIsRefusedInWords() {
        given().urlEncodingEnabled(false).get("/api/profiles/p/ratings/../../../nothing").then().statusCode(404)
                .contentType(ContentType.JSON).body("error", not(containsString("java.")));
        given().urlEncodingEnabled(false).delete("/api/profiles/p/ratings/../../../profiles").then().statusCode(405)
                .contentType(ContentType.JSON).body("error", containsString("does not take that method"));
    }

    @Test
    void aNumberOutOfRangeIsA400NamingTheField() {
        // The rating is read as any number and then held to the one rule for rating values (events RatingValues).
        given().contentType(ContentType.JSON).body("{\"mediaId\":\"movie:tmdb:603\",\"rating\":99999999999999}")
                .post("/api/profiles/p/ratings").then().statusCode(400).contentType(ContentType.JSON)
                .body("error", containsString("rating 99999999999999 is not from 1 to 10"));
    }

    @Test
    void invalidUtf8InAJsonBodyIsA400() {
        byte[] body = {'{', '"', 'm', 'e', 'd', 'i', 'a', 'I', 'd', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
        given().contentType("application/json").body(body).post("/api/profiles/p/ratings").then().statusCode(400)
                .contentType(ContentType.JSON).body("error", containsString("not valid JSON"));
    }

    @Test
    void aRefusalEchoesOnlyAShortPrefixOfAnOversizedValue() {
        String huge = "x".repeat(200_000);
        String error = given().contentType(ContentType.JSON).body("{\"mediaId\":\"" + huge + "\",\"rating\":7}")
                .post("/api/profiles/p/ratings").then().statusCode(400).contentType(ContentType.JSON)
                .extract().path("error");
        assertThat(error).contains("x".repeat(100) + "…").hasSizeLessThan(300);
        String filter = given().get("/api/profiles/p/recommendations?maxContentRating=" + huge.substring(0, 4000))
                .then().statusCode(400).contentType(ContentType.JSON).extract().path("error");
        assertThat(filter).hasSizeLessThan(300);
    }
}
