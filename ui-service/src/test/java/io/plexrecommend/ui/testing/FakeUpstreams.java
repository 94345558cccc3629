package io.plexrecommend.ui.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One plain HTTP server standing in for both scanner-service and recommender-service, so ui-service's tests cover
 * its own HTTP surface: what it sends upstream and what it makes of the answers. Tests stub answers per
 * "METHOD path" (query excluded) and read the requests it received. The real services are covered by system-tests.
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

    public record Answer(int status, String contentType, byte[] body, long pauseMillis) {

        public Answer(int status, String contentType, byte[] body) {
            this(status, contentType, body, 0);
        }

        public static Answer json(String json) {
            return new Answer(200, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        public static Answer html(String html) {
            return new Answer(200, "text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
        }

        public static Answer status(int status) {
            return new Answer(status, "application/json", new byte[0]);
        }

        public static Answer error(int status, String message) {
            return new Answer(status, "application/json",
                    ("{\"error\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
        }

        /** Server-sent events, one {@code data:} line each; the stream ends after the last. */
        public static Answer events(String... data) {
            return pausedEvents(0, data);
        }

        /** Events sent one by one with a pause before each after the first, as a slow live stream does. */
        public static Answer pausedEvents(long pauseMillis, String... data) {
            StringBuilder stream = new StringBuilder();
            for (String event : data) {
                stream.append("data: ").append(event).append("\n\n").append(EVENT_END);
            }
            return new Answer(200, "text/event-stream", stream.toString().getBytes(StandardCharsets.UTF_8), pauseMillis);
        }
    }

    public record Request(String method, String path, String query, String contentType, byte[] body) {

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final String EVENT_END = "\u0000";
    private static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
    private static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", FakeUpstreams::handle);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("ui.recommender-url", url, "ui.scanner-url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Forgets every stub and recorded request; call before each test. */
    public static void reset() {
        ANSWERS.clear();
        REQUESTS.clear();
    }

    public static void answer(String method, String path, Answer answer) {
        ANSWERS.put(method + " " + path, answer);
    }

    public static List<Request> requests() {
        return List.copyOf(REQUESTS);
    }

    public static List<Request> requests(String method, String path) {
        return REQUESTS.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    private static void stream(HttpExchange exchange, Answer answer) throws IOException {
        exchange.sendResponseHeaders(answer.status(), 0);
        try (OutputStream out = exchange.getResponseBody()) {
            String[] events = new String(answer.body(), StandardCharsets.UTF_8).split(EVENT_END);
            for (int i = 0; i < events.length; i++) {
                if (i > 0 && answer.pauseMillis() > 0) {
                    try {
                        Thread.sleep(answer.pauseMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                out.write(events[i].getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            REQUESTS.add(new Request(method, path, exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            Answer answer = ANSWERS.getOrDefault(method + " " + path,
                    Answer.error(404, "no stub for " + method + " " + path));
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            if (answer.body().length == 0) {
                exchange.sendResponseHeaders(answer.status(), -1);
                return;
            }
            if ("text/event-stream".equals(answer.contentType())) {
                stream(exchange, answer);
                return;
            }
            exchange.sendResponseHeaders(answer.status(), answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
    }
}
