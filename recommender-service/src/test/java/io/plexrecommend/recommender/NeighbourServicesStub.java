package io.plexrecommend.recommender;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Real HTTP servers speaking embedding-service's and graph-service's contracts as far as the recommender uses them
 * (their READMEs): {@code /q/health/ready}, {@code POST /api/embeddings/refresh}, {@code DELETE /api/cache},
 * {@code GET /api/items/{id}/shared?with=…}, {@code POST /api/rebuild}. The services are the real ones' own
 * tests' business; here they are other processes the recommender must cope with, up or down.
 */
public class NeighbourServicesStub implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();

    static volatile boolean embeddingUp = true;
    static volatile boolean graphUp = true;
    /** Media ids the fake embedding-service has no stored input for. */
    static final Set<String> embeddingUnknown = ConcurrentHashMap.newKeySet();
    /** Every {@code mediaIds} list the recommender asked to re-embed, in order. */
    static final List<List<String>> refreshRequests = new CopyOnWriteArrayList<>();
    /** graph-service's answer: item → other item → shared (relation, label) pairs. */
    static final Map<String, Map<String, List<Map<String, String>>>> shared = new ConcurrentHashMap<>();

    private HttpServer embedding;
    private HttpServer graph;

    @Override
    public Map<String, String> start() {
        try {
            embedding = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            embedding.createContext("/q/health/ready", exchange -> ready(exchange, embeddingUp));
            embedding.createContext("/api/embeddings/refresh", NeighbourServicesStub::refresh);
            embedding.createContext("/api/cache", exchange -> answer(exchange, embeddingUp ? 204 : 503, null));
            embedding.start();
            graph = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            graph.createContext("/q/health/ready", exchange -> ready(exchange, graphUp));
            graph.createContext("/api/items/", NeighbourServicesStub::shared);
            graph.createContext("/api/rebuild", exchange -> answer(exchange, graphUp ? 202 : 503, null));
            graph.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.rest-client.embedding-service.url", "http://localhost:" + embedding.getAddress().getPort(),
                "quarkus.rest-client.graph-service.url", "http://localhost:" + graph.getAddress().getPort(),
                // Probe on every read, so a test sees a change at once.
                "recommender.dependencies.probe-every", "0s");
    }

    @Override
    public void stop() {
        embedding.stop(0);
        graph.stop(0);
    }

    private static void ready(HttpExchange exchange, boolean up) throws IOException {
        answer(exchange, up ? 200 : 503, "{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"checks\":[]}");
    }

    private static void refresh(HttpExchange exchange) throws IOException {
        if (!embeddingUp) {
            answer(exchange, 503, "{\"error\":\"shutting down\"}");
            return;
        }
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        List<String> ids = new ArrayList<>();
        body.path("mediaIds").forEach(id -> ids.add(id.asText()));
        refreshRequests.add(ids);
        List<String> unknown = ids.stream().filter(embeddingUnknown::contains).toList();
        answer(exchange, 202, JSON.writeValueAsString(Map.of("accepted", ids.size() - unknown.size(),
                "unknown", unknown)));
    }

    /** {@code /api/items/{id}/shared?with=a&with=b} → one entry per {@code with}, in request order. */
    private static void shared(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!graphUp || !path.endsWith("/shared")) {
            answer(exchange, graphUp ? 404 : 503, "{\"error\":\"no\"}");
            return;
        }
        String item = path.substring("/api/items/".length(), path.length() - "/shared".length());
        List<Map<String, Object>> answer = new ArrayList<>();
        for (String param : exchange.getRequestURI().getRawQuery().split("&")) {
            if (param.startsWith("with=")) {
                String other = URLDecoder.decode(param.substring(5), StandardCharsets.UTF_8);
                answer.add(Map.of("mediaId", other, "shared",
                        shared.getOrDefault(item, Map.of()).getOrDefault(other, List.of())));
            }
        }
        answer(exchange, 200, JSON.writeValueAsString(answer));
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        exchange.getRequestBody().readAllBytes();
        if (json == null) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
