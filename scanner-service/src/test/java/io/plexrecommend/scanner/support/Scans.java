package io.plexrecommend.scanner.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;

/** Drives scans and settings over the service's HTTP API, as the UI does. */
public final class Scans {

    /**
     * Removes every Plex Home profile saved so far: test classes share one database, and another class's profiles
     * would be scanned too.
     */
    public static void clearProfiles() {
        List<Map<String, Object>> profiles = given().get("/api/settings").then().statusCode(200)
                .extract().jsonPath().getList("profiles");
        List<Map<String, String>> removals = profiles.stream()
                .map(p -> Map.of("profile", (String) p.get("profile"), "plexToken", "")).toList();
        given().contentType(ContentType.JSON).body(Map.of("profiles", removals)).put("/api/settings")
                .then().statusCode(200);
    }

    /** Points the scanner at {@code plex} with its token, and sets (or with null: clears) the TMDB key and TVDB key. */
    public static void configure(String plexUrl, String plexToken, String tmdbKey, String tvdbKey) {
        clearProfiles();
        given().contentType(ContentType.JSON)
                .body(Map.of("plex", Map.of("url", plexUrl, "token", plexToken, "profile", "owner"),
                        "tmdb", Map.of("apiKey", tmdbKey == null ? "" : tmdbKey, "readToken", ""),
                        "tvdb", Map.of("apiKey", tvdbKey == null ? "" : tvdbKey, "pin", "")))
                .put("/api/settings").then().statusCode(200);
    }

    /** Starts a scan of {@code libraryIds} and waits for its final state; returns the final scan JSON. */
    public static JsonPath scan(String... libraryIds) {
        String id = given().contentType(ContentType.JSON).body(Map.of("libraryIds", List.of(libraryIds)))
                .post("/api/scans").then().statusCode(202).extract().path("id");
        return awaitFinal(id, Duration.ofSeconds(120));
    }

    public static JsonPath awaitFinal(String id, Duration atMost) {
        AtomicReference<JsonPath> last = new AtomicReference<>();
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> {
            last.set(given().get("/api/scans/" + id).then().statusCode(200).extract().jsonPath());
            return List.of("completed", "failed", "cancelled").contains(last.get().getString("state"));
        });
        return last.get();
    }

    private Scans() {
    }
}
