package io.plexrecommend.recommender;

import static io.plexrecommend.recommender.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.MediaType;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The global reset resets every profile, reports (not fails on) the embedding and graph services being unreachable
 * (they are not running in this test), and its progress shows on the trainer log stream.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FreshDatabaseTestResource.class)
class ResetAndTrainerLogTest {

    @TestHTTPResource("/api/trainer/log")
    URL logUrl;

    @Test
    void theGlobalResetForgetsEveryProfilesRatingsReportsUnreachableServicesAndLogsItsProgress() throws Exception {
        String movie = newMediaId(MediaType.MOVIE);
        discover(item(movie, "Reset Everything").build());
        awaitKnown(movie);
        String alice = newProfile();
        String bob = newProfile();
        rateViaApi(alice, movie, 9);
        rateViaApi(bob, movie, 2);

        JsonPath report = given().post("/api/reset").then().statusCode(202).extract().jsonPath();

        assertThat(report.getInt("profilesReset")).isGreaterThanOrEqualTo(2);
        assertThat(report.getList("problems", String.class))
                .anySatisfy(p -> assertThat(p).contains("embedding-service"))
                .anySatisfy(p -> assertThat(p).contains("graph-service"));
        for (String profile : List.of(alice, bob)) {
            assertThat(given().get("/api/profiles/{p}/ratings", profile).then().extract().jsonPath().getList("$"))
                    .isEmpty();
        }
        // The whole replay (other tests' duties write lines too): read until the stream goes quiet.
        List<String> lines = readEvents(200, Duration.ofSeconds(3));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"task\":\"reset\"", "profiles reset"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"task\":\"similarity\"", "rebuilt"));
    }

    /** Reads {@code data:} lines of the SSE stream until {@code count} arrived (the replay) or the time is up. */
    private List<String> readEvents(int count, Duration timeout) throws Exception {
        List<String> lines = new ArrayList<>();
        HttpURLConnection connection = (HttpURLConnection) logUrl.openConnection();
        connection.setRequestProperty("Accept", "text/event-stream");
        connection.setReadTimeout((int) timeout.toMillis());
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (lines.size() < count && (line = reader.readLine()) != null) {
                if (line.startsWith("data:")) {
                    lines.add(line);
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            // fewer lines than asked: the assertions say what is missing
        } finally {
            connection.disconnect();
        }
        return lines;
    }
}
