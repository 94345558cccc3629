package io.plexrecommend.scanner.plex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Plex Media Server over real HTTP, serving the documented payloads under {@code src/test/resources/plex/}.
 * Pages {@code /library/sections/{key}/all} by {@code X-Plex-Container-Start/Size} like PMS, answers 401 to a wrong
 * token and 400 to a request missing what PMS needs for JSON listings.
 *
 * <p>Tests steer it over HTTP ({@code /fake/...}), since the test and this resource may live in different class
 * loaders: {@code PUT /fake/token} changes the accepted token, {@code GET /fake/requests} lists the library requests
 * received, {@code DELETE /fake/requests} clears that list.
 */
public class FakePlexServer implements QuarkusTestResourceLifecycleManager {

    public static final String TOKEN = "fake-plex-token-Zq9x";

    private static final Pattern SECTION_ALL = Pattern.compile("^/library/sections/([^/]+)/all$");
    private static final Map<String, String> SECTION_TYPE_CODES = Map.of("1", "1", "2", "2");

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile String acceptedToken = TOKEN;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        return Map.of(
                "scanner.plex.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "scanner.plex.token", TOKEN);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/fake/")) {
                control(exchange, path);
                return;
            }
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            if (!acceptedToken.equals(exchange.getRequestHeaders().getFirst("X-Plex-Token"))) {
                // What PMS sends for a missing or wrong token.
                send(exchange, 401, "text/html", "<html><head><title>Unauthorized</title></head><body>"
                        + "<h1>401 Unauthorized</h1></body></html>");
                return;
            }
            String missing = missingHeader(exchange);
            if (missing != null) {
                send(exchange, 400, "text/plain", "fake Plex: request lacks " + missing);
                return;
            }
            if (path.equals("/library/sections")) {
                send(exchange, 200, "application/json", resource("sections.json"));
                return;
            }
            Matcher all = SECTION_ALL.matcher(path);
            if (all.matches() && SECTION_TYPE_CODES.containsKey(all.group(1))) {
                listSection(exchange, all.group(1));
                return;
            }
            send(exchange, 404, "text/html", "<html><body><h1>404 Not Found</h1></body></html>");
        }
    }

    private static String missingHeader(HttpExchange exchange) {
        var headers = exchange.getRequestHeaders();
        String accept = headers.getFirst("Accept");
        if (accept == null || !accept.contains("application/json")) {
            return "Accept: application/json (PMS would answer XML)";
        }
        if (!"Plex Recommend".equals(headers.getFirst("X-Plex-Product"))) {
            return "X-Plex-Product: Plex Recommend";
        }
        String client = headers.getFirst("X-Plex-Client-Identifier");
        return client == null || client.isBlank() ? "X-Plex-Client-Identifier" : null;
    }

    private void listSection(HttpExchange exchange, String section) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if (!SECTION_TYPE_CODES.get(section).equals(query.get("type")) || !"1".equals(query.get("includeGuids"))) {
            send(exchange, 400, "text/plain", "fake Plex: section " + section + " needs type="
                    + SECTION_TYPE_CODES.get(section) + "&includeGuids=1");
            return;
        }
        ObjectNode body = (ObjectNode) json.readTree(resource("section-" + section + "-all.json"));
        ObjectNode container = (ObjectNode) body.get("MediaContainer");
        ArrayNode all = (ArrayNode) container.get("Metadata");
        int start = Integer.parseInt(query.getOrDefault("X-Plex-Container-Start", "0"));
        int size = Integer.parseInt(query.getOrDefault("X-Plex-Container-Size", "50"));
        ArrayNode page = json.createArrayNode();
        for (int i = start; i < Math.min(all.size(), start + size); i++) {
            page.add(all.get(i));
        }
        container.set("Metadata", page);
        container.put("size", page.size());
        container.put("offset", start);
        container.put("totalSize", all.size());
        exchange.getResponseHeaders().add("X-Plex-Container-Start", String.valueOf(start));
        exchange.getResponseHeaders().add("X-Plex-Container-Total-Size", String.valueOf(all.size()));
        send(exchange, 200, "application/json", json.writeValueAsString(body));
    }

    private void control(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        if (path.equals("/fake/token") && method.equals("PUT")) {
            acceptedToken = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).strip();
            send(exchange, 204, "text/plain", "");
        } else if (path.equals("/fake/requests") && method.equals("GET")) {
            send(exchange, 200, "text/plain", String.join("\n", requests));
        } else if (path.equals("/fake/requests") && method.equals("DELETE")) {
            requests.clear();
            send(exchange, 204, "text/plain", "");
        } else {
            send(exchange, 404, "text/plain", "no such fake control " + method + " " + path);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            params.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FakePlexServer.class.getResourceAsStream("/plex/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource /plex/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        if (status == 204) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
