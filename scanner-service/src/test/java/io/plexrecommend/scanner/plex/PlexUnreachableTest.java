package io.plexrecommend.scanner.plex;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@TestProfile(PlexUnreachableTest.NothingListening.class)
class PlexUnreachableTest {

    /** Points the scanner at a port that was free a moment ago, so the connection is refused. */
    public static class NothingListening implements QuarkusTestProfile {

        static final String URL = "http://127.0.0.1:" + freePort();

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("scanner.plex.url", URL, "scanner.plex.token", "unreachable-token-Kp3",
                    "scanner.plex.connect-timeout", "2S");
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void anUnreachablePlexIsABadGatewayNamingTheUrl() {
        Response response = given().get("/api/libraries").then().statusCode(502).extract().response();

        assertThat(response.jsonPath().getString("error"))
                .startsWith("Plex at " + NothingListening.URL + " is unreachable: ");
        assertThat(response.asString()).doesNotContain("unreachable-token-Kp3");
    }
}
