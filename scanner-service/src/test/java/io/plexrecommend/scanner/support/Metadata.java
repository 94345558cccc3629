package io.plexrecommend.scanner.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** Steers {@link FakeMetadataServer} over HTTP. */
public final class Metadata {

    public static String url() {
        return ConfigProvider.getConfig().getValue("fake.metadata.url", String.class);
    }

    /** The next {@code times} requests to exactly {@code path} (e.g. {@code /3/movie/603}) get this answer. */
    public static void fault(String path, int status, int times, String retryAfter, long delayMs, String body) {
        var fault = new java.util.HashMap<String, Object>(Map.of("path", path, "status", status, "times", times,
                "delayMs", delayMs));
        if (retryAfter != null) {
            fault.put("retryAfter", retryAfter);
        }
        if (body != null) {
            fault.put("body", body);
        }
        given().contentType(ContentType.JSON).body(fault).post(url() + "/fake/faults").then().statusCode(200);
    }

    public static void reset() {
        given().delete(url() + "/fake/faults").then().statusCode(200);
        given().delete(url() + "/fake/requests").then().statusCode(200);
        given().body("0").put(url() + "/fake/latency").then().statusCode(200);
    }

    /** Requests received, each {@code <epoch ms> <METHOD> <path?query>}. */
    public static List<String> requests() {
        String body = given().get(url() + "/fake/requests").asString();
        return body.isBlank() ? List.of() : Arrays.asList(body.split("\n"));
    }

    public static List<String> requestsTo(String pathPrefix) {
        return requests().stream().filter(r -> r.split(" ")[2].startsWith(pathPrefix)).toList();
    }

    public static long at(String request) {
        return Long.parseLong(request.split(" ")[0]);
    }

    private Metadata() {
    }
}
