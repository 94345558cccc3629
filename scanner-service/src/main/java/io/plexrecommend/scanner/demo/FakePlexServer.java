package io.plexrecommend.scanner.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Plex Media Server over real HTTP on a loopback port, serving Plex's documented JSON envelopes from items given
 * to it: {@code GET /} (server name and version), {@code /library/sections}, {@code /library/sections/{key}/all}
 * paged by {@code X-Plex-Container-Start/Size} with {@code totalSize}, and {@code /library/metadata/{ratingKey}}.
 * It answers 401 to a wrong token and 400 to a request without what PMS needs for JSON.
 *
 * <p>The bundled demo library is served by it, and the tests use the same class, adding faults through
 * {@link #failNext} and changes through {@link #replaceItems}: what a newcomer's first scan exercises is exactly
 * the code path the tests cover. A JDK HttpServer on a loopback port (rather than JAX-RS endpoints inside the
 * scanner) keeps the demo going through the real Plex client, headers, token and all.
 */
public final class FakePlexServer implements AutoCloseable {

    /** A library section and its items (Plex {@code Metadata[]} entries). */
    public record Section(String key, String title, String type, List<ObjectNode> items) {
    }

    /** An injected answer, used once, for requests whose path starts with {@code pathPrefix}. */
    private record Fault(String pathPrefix, int status, String contentType, String body, Duration delay) {
    }

    /** A valid 1x1 PNG: what an item's {@code thumb} path serves. */
    static final byte[] TINY_PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
    private static final Pattern SECTION_ALL = Pattern.compile("^/library/sections/([^/]+)/all$");
    private static final Pattern METADATA = Pattern.compile("^/library/metadata/([^/]+)$");
    private static final Pattern PLAYLIST = Pattern.compile("^/playlists/([^/]+)$");
    private static final Pattern PLAYLIST_ITEMS = Pattern.compile("^/playlists/([^/]+)/items$");

    private final ObjectMapper json = new ObjectMapper();
    private final String name;
    private final Map<String, Section> sections = new java.util.LinkedHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
    /** Fixed answers by exact path (any query): recorded payloads served as a real server sent them. */
    private final Map<String, Fault> fixed = new java.util.concurrent.ConcurrentHashMap<>();
    private final HttpServer server;
    private volatile String token;
    private volatile Duration latency = Duration.ZERO;
    /** Other accounts (Plex Home users): their token and how their view of an item differs (rating, watches). */
    private final Map<String, java.util.function.UnaryOperator<ObjectNode>> users =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final FakePlaylists playlists;

    private FakePlexServer(String name, String token, List<Section> sections) {
        this.name = name;
        this.playlists = new FakePlaylists(machineIdentifier());
        this.token = token;
        sections.forEach(s -> this.sections.put(s.key(), s));
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "fake-plex");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakePlexServer start(String name, String token, List<Section> sections) {
        return new FakePlexServer(name, token, sections);
    }

    public String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    public String token() {
        return token;
    }

    /** What {@code GET /identity} answers, and what playlist item URIs must name. */
    public String machineIdentifier() {
        return "fake-" + Integer.toHexString(name.hashCode());
    }

    /** Every playlist on the server, of every account, in creation order. */
    public List<FakePlaylists.Playlist> playlists() {
        return playlists.all();
    }

    /** A playlist the user of {@code token} made in a Plex app. */
    public FakePlaylists.Playlist addUserPlaylist(String ownerToken, String title, List<String> ratingKeys) {
        return playlists.add(ownerToken, title, ratingKeys);
    }

    public void token(String accepted) {
        token = accepted;
    }

    /** Accepts {@code userToken} too, showing each item through {@code view} (that user's rating and watches). */
    public void addUser(String userToken, java.util.function.UnaryOperator<ObjectNode> view) {
        users.put(userToken, view);
    }

    /** Added to every answer, like a real server on a network. */
    public void latency(Duration perRequest) {
        latency = perRequest;
    }

    /** The next request under {@code pathPrefix} gets this answer instead (after {@code delay}). */
    public void failNext(String pathPrefix, int status, String contentType, String body, Duration delay) {
        faults.add(new Fault(pathPrefix, status, contentType, body, delay));
    }

    /**
     * Every request for exactly {@code path} (whatever its query and headers) gets this answer from now on: a body
     * recorded from a real server, served byte for byte, e.g. XML from a server behind a proxy that drops
     * {@code Accept}.
     */
    public void respond(String path, String contentType, String body) {
        fixed.put(path, new Fault(path, 200, contentType, body, Duration.ZERO));
    }

    public synchronized void replaceItems(String sectionKey, List<ObjectNode> items) {
        Section old = sections.get(sectionKey);
        sections.put(sectionKey, new Section(sectionKey, old.title(), old.type(), List.copyOf(items)));
    }

    /** Requests received, as {@code METHOD /path?query}. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public void clearRequests() {
        requests.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            if (!latency.isZero()) {
                sleep(latency);
            }
            String given = exchange.getRequestHeaders().getFirst("X-Plex-Token");
            if (!token.equals(given) && (given == null || !users.containsKey(given))) {
                // What PMS sends for a missing or wrong token.
                send(exchange, 401, "text/html", "<html><head><title>Unauthorized</title></head><body>"
                        + "<h1>401 Unauthorized</h1></body></html>");
                return;
            }
            for (Fault fault : faults) {
                if (path.startsWith(fault.pathPrefix()) && faults.remove(fault)) {
                    sleep(fault.delay());
                    send(exchange, fault.status(), fault.contentType(), fault.body());
                    return;
                }
            }
            Fault answer = fixed.get(path);
            if (answer != null) {
                send(exchange, answer.status(), answer.contentType(), answer.body());
                return;
            }
            if (isThumb(path)) {
                sendBytes(exchange, "image/png", TINY_PNG); // PMS serves images whatever the Accept header says
                return;
            }
            String missing = missingHeader(exchange);
            if (missing != null) {
                send(exchange, 400, "text/plain", "fake Plex: request lacks " + missing);
                return;
            }
            if (path.startsWith("/playlists")) {
                playlist(exchange, path, given);
                return;
            }
            route(exchange, path, users.getOrDefault(given, java.util.function.UnaryOperator.identity()));
        }
    }

    private void route(HttpExchange exchange, String path, java.util.function.UnaryOperator<ObjectNode> view)
            throws IOException {
        if (path.equals("/") || path.equals("/identity")) {
            ObjectNode container = json.createObjectNode().put("size", 0).put("friendlyName", name)
                    .put("machineIdentifier", machineIdentifier()).put("version", "1.40.2.8395").put("claimed", true);
            sendJson(exchange, container);
            return;
        }
        if (path.equals("/library/sections")) {
            ArrayNode directories = json.createArrayNode();
            for (Section s : sections()) {
                directories.addObject().put("key", s.key()).put("title", s.title()).put("type", s.type())
                        .put("agent", s.type().equals("movie") ? "tv.plex.agents.movie" : "tv.plex.agents.series");
            }
            ObjectNode container = json.createObjectNode().put("size", directories.size());
            container.set("Directory", directories);
            sendJson(exchange, container);
            return;
        }
        Matcher all = SECTION_ALL.matcher(path);
        if (all.matches() && section(all.group(1)) != null) {
            listSection(exchange, section(all.group(1)), view);
            return;
        }
        Matcher metadata = METADATA.matcher(path);
        if (metadata.matches()) {
            for (Section s : sections()) {
                for (ObjectNode item : s.items()) {
                    if (metadata.group(1).equals(item.path("ratingKey").asText())) {
                        ObjectNode container = json.createObjectNode().put("size", 1)
                                .put("librarySectionID", s.key()).put("librarySectionTitle", s.title());
                        container.putArray("Metadata").add(view.apply(item.deepCopy()));
                        sendJson(exchange, container);
                        return;
                    }
                }
            }
        }
        send(exchange, 404, "text/html", "<html><body><h1>404 Not Found</h1></body></html>");
    }

    /** The playlist endpoints ({@link FakePlaylists}); each account sees and changes only its own playlists. */
    private void playlist(HttpExchange exchange, String path, String owner) throws IOException {
        String method = exchange.getRequestMethod();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        FakePlaylists.ItemLookup lookup = this::item;
        Matcher one = PLAYLIST.matcher(path);
        Matcher items = PLAYLIST_ITEMS.matcher(path);
        java.util.Optional<ObjectNode> answer;
        if (path.equals("/playlists") && method.equals("GET")) {
            answer = java.util.Optional.of(playlists.list(owner, query.get("playlistType")));
        } else if (path.equals("/playlists") && method.equals("POST")) {
            answer = playlists.create(owner, query, lookup);
            if (answer.isEmpty()) {
                send(exchange, 400, "text/html", "<html><body><h1>400 Bad Request</h1></body></html>");
                return;
            }
        } else if (items.matches() && method.equals("GET")) {
            answer = playlists.items(owner, items.group(1), lookup);
        } else if (items.matches() && method.equals("PUT")) {
            answer = playlists.addItems(owner, items.group(1), query.get("uri"), lookup);
        } else if (items.matches() && method.equals("DELETE")) {
            answer = playlists.clear(owner, items.group(1));
        } else if (one.matches() && method.equals("DELETE")) {
            if (playlists.delete(owner, one.group(1))) {
                send(exchange, 200, "text/plain", "");
                return;
            }
            answer = java.util.Optional.empty();
        } else {
            answer = java.util.Optional.empty();
        }
        if (answer.isPresent()) {
            sendJson(exchange, answer.get());
        } else {
            send(exchange, 404, "text/html", "<html><body><h1>404 Not Found</h1></body></html>");
        }
    }

    private java.util.Optional<ObjectNode> item(String ratingKey) {
        for (Section s : sections()) {
            for (ObjectNode item : s.items()) {
                if (ratingKey.equals(item.path("ratingKey").asText())) {
                    return java.util.Optional.of(item.deepCopy());
                }
            }
        }
        return java.util.Optional.empty();
    }

    private boolean isThumb(String path) {
        for (Section s : sections()) {
            for (ObjectNode item : s.items()) {
                if (path.equals(item.path("thumb").asText(null))) {
                    return true;
                }
            }
        }
        return false;
    }

    private synchronized List<Section> sections() {
        return new ArrayList<>(sections.values());
    }

    private synchronized Section section(String key) {
        return sections.get(key);
    }

    private void listSection(HttpExchange exchange, Section section, java.util.function.UnaryOperator<ObjectNode> view)
            throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String typeCode = section.type().equals("movie") ? "1" : "2";
        if (!typeCode.equals(query.get("type")) || !"1".equals(query.get("includeGuids"))) {
            send(exchange, 400, "text/plain", "fake Plex: section " + section.key() + " needs type=" + typeCode
                    + "&includeGuids=1");
            return;
        }
        List<ObjectNode> all = section.items();
        int start = Integer.parseInt(query.getOrDefault("X-Plex-Container-Start", "0"));
        int size = Integer.parseInt(query.getOrDefault("X-Plex-Container-Size", "50"));
        ArrayNode page = json.createArrayNode();
        for (int i = start; i < Math.min(all.size(), start + size); i++) {
            page.add(view.apply(all.get(i).deepCopy()));
        }
        ObjectNode container = json.createObjectNode().put("size", page.size()).put("totalSize", all.size())
                .put("offset", start).put("librarySectionID", section.key()).put("librarySectionTitle", section.title());
        container.set("Metadata", page);
        exchange.getResponseHeaders().add("X-Plex-Container-Start", String.valueOf(start));
        exchange.getResponseHeaders().add("X-Plex-Container-Total-Size", String.valueOf(all.size()));
        sendJson(exchange, container);
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

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            params.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private void sendJson(HttpExchange exchange, ObjectNode container) throws IOException {
        ObjectNode body = json.createObjectNode();
        body.set("MediaContainer", container);
        send(exchange, 200, "application/json", json.writeValueAsString(body));
    }

    private static void sendBytes(HttpExchange exchange, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
