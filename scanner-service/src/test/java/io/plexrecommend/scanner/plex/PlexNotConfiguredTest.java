package io.plexrecommend.scanner.plex;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.scanner.support.FakeMetadataServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FakeMetadataServer.class)
class PlexNotConfiguredTest {

    @Test
    void withoutUrlAndTokenThePlexEndpointsSayWhatToSet() {
        given().contentType(ContentType.JSON).body(Map.of("plex", Map.of("url", "", "token", "")))
                .put("/api/settings").then().statusCode(200);

        given().get("/api/libraries").then().statusCode(409)
                .body("error", allOf(containsString("Plex is not configured"), containsString("PLEX_URL"),
                        containsString("PLEX_TOKEN"), containsString("PUT /api/settings")));
        given().contentType(ContentType.JSON).body(Map.of("libraryIds", List.of("1"))).post("/api/scans")
                .then().statusCode(409).body("error", containsString("Plex is not configured"));
    }
}
