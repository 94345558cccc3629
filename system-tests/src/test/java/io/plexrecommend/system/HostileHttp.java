package io.plexrecommend.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Sends any method, any bytes and any headers (what a hostile client sends, which {@link Http} does not), and reads
 * at most 1 MB of the answer. Event streams are not read: their status and headers are the answer.
 */
final class HostileHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final int MAX_READ = 1 << 20;

    record Answer(int status, String contentType, String body, Map<String, java.util.List<String>> headers) {
        boolean isEventStream() {
            return contentType.startsWith("text/event-stream");
        }
    }

    static Answer send(String method, String url, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body.length == 0 && !method.equals("POST") && !method.equals("PUT")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    static Answer send(HttpRequest request) {
        try {
            return attempt(request);
        } catch (UncheckedIOException e) {
            // A pooled keep-alive connection the server had just closed gives "received no bytes" before any byte
            // of an answer: the request never reached the service, so it is sent once more on a new connection.
            if (e.getMessage() != null && e.getMessage().contains("received no bytes")) {
                return attempt(request);
            }
            throw e;
        }
    }

    private static Answer attempt(HttpRequest request) {
        try {
            HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").orElse("");
            try (InputStream in = response.body()) {
                String text = type.startsWith("text/event-stream") ? ""
                        : new String(in.readNBytes(MAX_READ), StandardCharsets.UTF_8);
                return new Answer(response.statusCode(), type, text, response.headers().map());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Answer get(String url, Map<String, String> headers) {
        return send("GET", url, null, new byte[0], headers);
    }

    private HostileHttp() {
    }
}
