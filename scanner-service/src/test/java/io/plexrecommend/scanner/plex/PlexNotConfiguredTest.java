package io.plexrecommend.scanner.plex;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Runs with the shipped defaults, where no Plex server is configured. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class PlexNotConfiguredTest {

    @Test
    void withoutUrlAndTokenThePlexEndpointsSayWhichSettingsAreMissing() {
        given().get("/api/libraries").then().statusCode(409)
                .body("error", allOf(containsString("scanner.plex.url"), containsString("SCANNER_PLEX_URL"),
                        containsString("scanner.plex.token"), containsString("SCANNER_PLEX_TOKEN")));
        given().post("/api/libraries/1/scan").then().statusCode(409)
                .body("error", containsString("Plex is not configured"));
    }
}
