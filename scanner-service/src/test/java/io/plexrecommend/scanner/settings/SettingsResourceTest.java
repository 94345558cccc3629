package io.plexrecommend.scanner.settings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.scanner.demo.FakePlexServer;
import io.plexrecommend.scanner.support.FakeMetadataServer;
import io.plexrecommend.scanner.support.Scans;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FakeMetadataServer.class)
class SettingsResourceTest {

    static final String PLEX_TOKEN = "plex-secret-token-0a1b2c";

    @Test
    void secretsAreSavedButOnlyEverShownMaskedAndNeverLogged() throws Exception {
        Scans.clearProfiles();
        JsonPath saved = given().contentType(ContentType.JSON).body(Map.of(
                        "plex", Map.of("url", "http://192.168.1.10:32400/", "token", PLEX_TOKEN, "profile", "alice"),
                        "tmdb", Map.of("apiKey", "tmdb-secret-key-9f8e"),
                        "tvdb", Map.of("apiKey", "tvdb-secret-key-77aa", "pin", "1234"),
                        "profiles", List.of(Map.of("profile", "bob", "plexToken", "bob-secret-token-4d3c"))))
                .put("/api/settings").then().statusCode(200).extract().jsonPath();

        assertThat(saved.getString("plex.url")).isEqualTo("http://192.168.1.10:32400");
        assertThat(saved.getString("plex.token")).isEqualTo("\u2022\u2022\u2022\u20221b2c");
        assertThat(saved.getString("plex.profile")).isEqualTo("alice");
        assertThat(saved.getString("tmdb.apiKey")).isEqualTo("\u2022\u2022\u2022\u20229f8e");
        assertThat(saved.getString("tmdb.readToken")).isNull();
        assertThat(saved.getString("tvdb.pin")).isEqualTo("\u2022\u2022\u2022\u2022");
        assertThat(saved.getList("profiles", Map.class))
                .containsExactly(Map.of("profile", "bob", "plexToken", "\u2022\u2022\u2022\u20224d3c"));
        String shown = given().get("/api/settings").then().statusCode(200).extract().asString();
        assertThat(shown).doesNotContain(PLEX_TOKEN, "tmdb-secret-key-9f8e", "tvdb-secret-key-77aa", "bob-secret");

        // Absent or null keeps a value, "" clears it.
        JsonPath partial = given().contentType(ContentType.JSON)
                .body("{\"plex\":{\"url\":null},\"tmdb\":{\"apiKey\":\"\"},\"profiles\":[{\"profile\":\"bob\",\"plexToken\":\"\"}]}")
                .put("/api/settings").then().statusCode(200).extract().jsonPath();
        assertThat(partial.getString("plex.url")).isEqualTo("http://192.168.1.10:32400");
        assertThat(partial.getString("plex.token")).isEqualTo("\u2022\u2022\u2022\u20221b2c");
        assertThat(partial.getString("tmdb.apiKey")).isNull();
        assertThat(partial.getList("profiles")).isEmpty();

        try (Stream<Path> logs = Files.list(Path.of("target/test-data/logs"))) {
            for (Path log : logs.toList()) {
                assertThat(Files.readString(log)).doesNotContain(PLEX_TOKEN, "tmdb-secret-key-9f8e", "bob-secret-token");
            }
        }
    }

    @Test
    void badValuesAreRefusedWithTheReason() {
        given().contentType(ContentType.JSON).body(Map.of("plex", Map.of("url", "nas:32400")))
                .put("/api/settings").then().statusCode(400).body("error", containsString("not an http(s) URL"));
        given().contentType(ContentType.JSON).body(Map.of("profiles", List.of(Map.of("profile", "no spaces", "plexToken", "x"))))
                .put("/api/settings").then().statusCode(400).body("error", containsString("profile 'no spaces' is not valid"));
    }

    @Test
    void theConnectionTestSaysPerSourceWhatWorksAndWhyNot() {
        try (FakePlexServer plex = FakePlexServer.start("Basement", "plex-token-test-ab12", List.of())) {
            given().contentType(ContentType.JSON).body(Map.of(
                            "plex", Map.of("url", plex.url(), "token", "plex-token-test-ab12"),
                            "tmdb", Map.of("apiKey", "", "readToken", FakeMetadataServer.TMDB_READ_TOKEN),
                            "tvdb", Map.of("apiKey", "wrong-tvdb-key", "pin", "")))
                    .put("/api/settings").then().statusCode(200);

            List<Map<String, Object>> results = given().post("/api/settings/test").then().statusCode(200)
                    .extract().jsonPath().getList("");

            assertThat(results).extracting(r -> r.get("source"), r -> r.get("ok")).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("plex", true), org.assertj.core.groups.Tuple.tuple("tmdb", true),
                    org.assertj.core.groups.Tuple.tuple("tvdb", false));
            assertThat(results.get(0)).containsEntry("message", "Connected to Plex server 'Basement' (1.40.2.8395)")
                    .containsEntry("serverName", "Basement").containsEntry("version", "1.40.2.8395");
            assertThat((String) results.get(2).get("message")).startsWith("TVDB rejected the API key (401)");

            plex.token("another-token");
            Map<String, Object> rejected = given().post("/api/settings/test").then().statusCode(200)
                    .extract().jsonPath().getMap("[0]");
            assertThat(rejected).containsEntry("ok", false).containsEntry("message", "Plex rejected the token (HTTP 401)");
        }
    }
}
