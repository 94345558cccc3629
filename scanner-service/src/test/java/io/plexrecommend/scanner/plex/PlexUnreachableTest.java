package io.plexrecommend.scanner.plex;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.scanner.support.FakeMetadataServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FakeMetadataServer.class)
class PlexUnreachableTest {

    @Test
    void anUnreachablePlexIsABadGatewayNamingTheUrl() {
        String url = "http://127.0.0.1:" + freePort();
        given().contentType(ContentType.JSON).body(Map.of("plex", Map.of("url", url, "token", "unreachable-token-Kp3")))
                .put("/api/settings").then().statusCode(200);

        Response response = given().get("/api/libraries").then().statusCode(502).extract().response();

        assertThat(response.jsonPath().getString("error")).startsWith("Plex at " + url + " is unreachable: ");
        assertThat(response.asString()).doesNotContain("unreachable-token-Kp3");
    }

    /** A port that was free a moment ago, so the connection is refused. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
