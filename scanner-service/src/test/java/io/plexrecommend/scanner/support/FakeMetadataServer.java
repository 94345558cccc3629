package io.plexrecommend.scanner.support;

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
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * TMDB v3 ({@code /3/...}), TheTVDB v4 ({@code /v4/...}) and TMDB's image host ({@code /t/p/...}) over real HTTP,
 * with the documented envelopes and errors: TMDB's flat objects and {@code {status_code,status_message,success}}
 * errors (401 code 7, 404 code 34, 429 code 25), TVDB's {@code {status,data}} and its login token.
 *
 * <p>Any id is known: movie {@code N} is "TMDB Movie N" with keywords, credits, external ids, recommendations
 * ({@code N+1..N+3}) and similar titles ({@code N+3, N+4}) in one answer; show {@code N} recommends {@code N+1, N+2}
 * and is similar to {@code N+2, N+5}. {@code append_to_response} must name all of these, and at most 20 objects, as
 * TMDB allows. The ids of {@link #RECORDED_MOVIES} and {@link #RECORDED_SHOWS} answer real recorded payloads instead.
 * Ids from {@link #UNKNOWN_FROM} up are 404s. IMDb {@code tt7xxxxxxx} is found as movie {@code xxxxxxx}. Tests
 * steer it over HTTP, since they and this resource live in different class loaders: {@code POST /fake/faults} (JSON
 * {@code {"path","status","times","retryAfter","delayMs","body"}}) queues faults; {@code GET|DELETE /fake/requests};
 * {@code PUT /fake/latency} (ms); {@code POST /fake/tvdb/expire} invalidates issued TVDB tokens.
 */
public class FakeMetadataServer implements QuarkusTestResourceLifecycleManager {

    public static final String TMDB_KEY = "tmdb-key-Hx8q";
    public static final String TMDB_READ_TOKEN = "tmdb-read-token-Vb2m";
    public static final String TVDB_KEY = "tvdb-key-Lp4w";
    public static final long UNKNOWN_FROM = 900_000_000L;
    /** Real TMDB answers replayed as recorded, by id; see {@code src/test/resources/recorded/tmdb/PROVENANCE.md}. */
    public static final Map<Long, String> RECORDED_MOVIES = Map.of(550L, "movie-550-appends-2.json");
    public static final Map<Long, String> RECORDED_SHOWS = Map.of(76479L, "tv-76479-appends-2-with-similar.json");
    /** What the scanner must append: without one of these, its items would silently lack a part. */
    static final Set<String> MOVIE_APPEND = Set.of("keywords", "credits", "external_ids", "recommendations", "similar");
    static final Set<String> TV_APPEND = Set.of("keywords", "aggregate_credits", "external_ids", "recommendations",
            "similar");
    /** TMDB's limit on appended objects (more is a 400 with status code 27). */
    static final int MAX_APPENDED = 20;

    private record Fault(String path, int status, int times, String retryAfter, long delayMs, String body) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final Map<Fault, Integer> used = new ConcurrentHashMap<>();
    private final Set<String> tvdbTokens = ConcurrentHashMap.newKeySet();
    private volatile long latencyMs;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", this::handle);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("scanner.tmdb.base-url", base + "/3", "scanner.tvdb.base-url", base + "/v4",
                "scanner.tmdb.image-base-url", base + "/t/p", "fake.metadata.url", base);
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
            requests.add(System.currentTimeMillis() + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI());
            if (latencyMs > 0) {
                sleep(latencyMs);
            }
            for (Fault fault : faults) {
                if (path.equals(fault.path())) {
                    int n = used.merge(fault, 1, Integer::sum);
                    if (n >= fault.times()) {
                        faults.remove(fault);
                    }
                    sleep(fault.delayMs());
                    if (fault.retryAfter() != null) {
                        exchange.getResponseHeaders().set("Retry-After", fault.retryAfter());
                    }
                    send(exchange, fault.status(), fault.body() != null ? fault.body() : tmdbError(fault.status()));
                    return;
                }
            }
            if (path.startsWith("/3/")) {
                tmdb(exchange, path.substring(2));
            } else if (path.startsWith("/v4/")) {
                tvdb(exchange, path.substring(3));
            } else if (path.startsWith("/t/p/w")) {
                exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
                byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};
                exchange.sendResponseHeaders(200, jpeg.length);
                exchange.getResponseBody().write(jpeg);
            } else {
                send(exchange, 404, "{}");
            }
        }
    }

    private void tmdb(HttpExchange exchange, String path) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String bearer = exchange.getRequestHeaders().getFirst("Authorization");
        if (!TMDB_KEY.equals(query.get("api_key")) && !("Bearer " + TMDB_READ_TOKEN).equals(bearer)) {
            send(exchange, 401, "{\"status_code\":7,\"status_message\":\"Invalid API key: You must be granted a valid key.\",\"success\":false}");
            return;
        }
        String[] parts = path.split("/");
        if (path.equals("/configuration")) {
            send(exchange, 200, "{\"images\":{\"base_url\":\"http://image.tmdb.org/t/p/\"}}");
        } else if (parts.length == 3 && parts[1].equals("movie") && id(parts[2]) != null) {
            if (!appendAccepted(exchange, query.get("append_to_response"), MOVIE_APPEND)) {
                return;
            }
            long id = id(parts[2]);
            send(exchange, id >= UNKNOWN_FROM ? 404 : 200, id >= UNKNOWN_FROM ? notFound()
                    : RECORDED_MOVIES.containsKey(id) ? recorded(RECORDED_MOVIES.get(id)) : movie(id));
        } else if (parts.length == 3 && parts[1].equals("tv") && id(parts[2]) != null) {
            if (!appendAccepted(exchange, query.get("append_to_response"), TV_APPEND)) {
                return;
            }
            long id = id(parts[2]);
            send(exchange, id >= UNKNOWN_FROM ? 404 : 200, id >= UNKNOWN_FROM ? notFound()
                    : RECORDED_SHOWS.containsKey(id) ? recorded(RECORDED_SHOWS.get(id)) : tv(id));
        } else if (parts.length == 3 && parts[1].equals("find")) {
            send(exchange, 200, find(parts[2], query.get("external_source")));
        } else {
            send(exchange, 404, notFound());
        }
    }

    private String movie(long id) throws IOException {
        ObjectNode m = json.createObjectNode();
        m.put("id", id).put("imdb_id", "tt" + (7_000_000 + id)).put("title", "TMDB Movie " + id)
                .put("original_title", "TMDB Original " + id).put("original_language", "en")
                .put("overview", "TMDB overview " + id).put("tagline", "Tagline " + id).put("release_date", "2001-02-03")
                .put("runtime", 101).put("status", "Released").put("popularity", 12.5).put("vote_average", 7.25)
                .put("vote_count", 4321).put("poster_path", "/poster" + id + ".jpg");
        m.putArray("genres").addObject().put("id", 18).put("name", "Drama");
        m.putArray("production_companies").addObject().put("id", 1).put("name", "Studio " + id);
        m.putArray("production_countries").addObject().put("iso_3166_1", "US").put("name", "United States of America");
        m.putObject("belongs_to_collection").put("id", 10).put("name", "Collection " + id);
        ArrayNode keywords = m.putObject("keywords").putArray("keywords");
        keywords.addObject().put("id", 1).put("name", "keyword " + id);
        keywords.addObject().put("id", 2).put("name", "shared keyword");
        ObjectNode credits = m.putObject("credits");
        ArrayNode cast = credits.putArray("cast");
        cast.addObject().put("name", "Second Billed " + id).put("order", 1).put("character", "B");
        cast.addObject().put("name", "First Billed " + id).put("order", 0).put("character", "A");
        cast.addObject().put("name", "Third Billed " + id).put("order", 2).put("character", "C");
        cast.addObject().put("name", "Fourth Billed " + id).put("order", 3).put("character", "D");
        ArrayNode crew = credits.putArray("crew");
        crew.addObject().put("name", "Director " + id).put("job", "Director").put("department", "Directing");
        crew.addObject().put("name", "Writer " + id).put("job", "Screenplay").put("department", "Writing");
        m.putObject("external_ids").put("imdb_id", "tt" + (7_000_000 + id));
        // Crowd lists in the recorded shape: recommendations entries carry media_type, similar entries do not.
        m.set("recommendations", page(List.of(id + 1, id + 2, id + 3), "movie", true));
        m.set("similar", page(List.of(id + 3, id + 4), "movie", false));
        return json.writeValueAsString(m);
    }

    /** The first page of {@code /recommendations} or {@code /similar}, as TMDB appends it. */
    private ObjectNode page(List<Long> ids, String mediaType, boolean withMediaType) {
        ObjectNode page = json.createObjectNode().put("page", 1);
        ArrayNode results = page.putArray("results");
        for (long id : ids) {
            ObjectNode r = results.addObject().put("adult", false).put("backdrop_path", "/backdrop" + id + ".jpg");
            r.putArray("genre_ids").add(18);
            r.put("id", id);
            if (withMediaType) {
                r.put("media_type", mediaType);
            }
            String title = mediaType.equals("movie") ? "title" : "name";
            r.put(title, "Related " + id).put("original_language", "en").put("original_" + title, "Related " + id)
                    .put("overview", "Overview " + id).put("popularity", 10.5).put("poster_path", "/poster" + id + ".jpg")
                    .put(mediaType.equals("movie") ? "release_date" : "first_air_date", "2001-02-03")
                    .put("vote_average", 7.1).put("vote_count", 100);
        }
        return page.put("total_pages", 1).put("total_results", ids.size());
    }

    private static String recorded(String file) throws IOException {
        try (InputStream in = FakeMetadataServer.class.getResourceAsStream("/recorded/tmdb/" + file)) {
            if (in == null) {
                throw new IOException("recorded payload " + file + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * TMDB answers 400 with status code 27 past 20 appended objects; this fake also refuses a request that leaves
     * out one of {@code required}, so a scanner that stopped asking for it fails loudly.
     */
    private static boolean appendAccepted(HttpExchange exchange, String append, Set<String> required) throws IOException {
        List<String> asked = append == null || append.isBlank() ? List.of() : List.of(append.split(","));
        if (asked.size() > MAX_APPENDED) {
            send(exchange, 400, "{\"status_code\":27,\"status_message\":\"Too many append to response objects: The maximum number of remote calls is 20.\",\"success\":false}");
            return false;
        }
        if (!asked.containsAll(required)) {
            send(exchange, 400, "{\"status_code\":27,\"status_message\":\"fake: append_to_response must hold "
                    + String.join(",", new java.util.TreeSet<>(required)) + "\",\"success\":false}");
            return false;
        }
        return true;
    }

    private String tv(long id) throws IOException {
        ObjectNode t = json.createObjectNode();
        t.put("id", id).put("name", "TMDB Show " + id).put("original_name", "TMDB Show " + id).put("original_language", "en")
                .put("overview", "TMDB show overview " + id).put("first_air_date", "2008-01-20").put("status", "Ended")
                .put("number_of_seasons", 5).put("number_of_episodes", 62).put("popularity", 99.0)
                .put("vote_average", 8.9).put("vote_count", 12000);
        t.putArray("episode_run_time").add(47);
        t.putArray("created_by").addObject().put("id", 1).put("name", "Creator " + id);
        t.putArray("networks").addObject().put("id", 1).put("name", "Network " + id);
        t.putArray("origin_country").add("US");
        t.putObject("keywords").putArray("results").addObject().put("id", 1).put("name", "tv keyword " + id);
        ArrayNode cast = t.putObject("aggregate_credits").putArray("cast");
        for (int i = 0; i < 5; i++) {
            cast.addObject().put("name", "Show Actor " + i).put("order", i);
        }
        t.putObject("external_ids").put("tvdb_id", 81189).put("imdb_id", "tt0903747");
        t.set("recommendations", page(List.of(id + 1, id + 2), "tv", true));
        t.set("similar", page(List.of(id + 2, id + 5), "tv", false));
        return json.writeValueAsString(t);
    }

    private String find(String externalId, String source) throws IOException {
        ObjectNode result = json.createObjectNode();
        ArrayNode movies = result.putArray("movie_results");
        ArrayNode tv = result.putArray("tv_results");
        result.putArray("person_results");
        if ("imdb_id".equals(source) && externalId.matches("tt7\\d{6}")) {
            movies.addObject().put("id", Long.parseLong(externalId.substring(3))).put("title", "found");
        } else if ("imdb_id".equals(source) && externalId.equals("tt0113277")) {
            movies.addObject().put("id", 949).put("title", "Heat");
        } else if ("tvdb_id".equals(source) && externalId.equals("121361")) {
            tv.addObject().put("id", 1399).put("name", "Game of Thrones");
        }
        return json.writeValueAsString(result);
    }

    private void tvdb(HttpExchange exchange, String path) throws IOException {
        if (path.equals("/login") && exchange.getRequestMethod().equals("POST")) {
            JsonNode body = json.readTree(exchange.getRequestBody());
            if (!TVDB_KEY.equals(body.path("apikey").asText())) {
                send(exchange, 401, "{\"status\":\"failure\",\"message\":\"Unauthorized\",\"data\":null}");
                return;
            }
            String token = "tvdb-jwt-" + System.nanoTime();
            tvdbTokens.add(token);
            send(exchange, 200, "{\"status\":\"success\",\"data\":{\"token\":\"" + token + "\"}}");
            return;
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !tvdbTokens.contains(auth.replace("Bearer ", ""))) {
            send(exchange, 401, "{\"status\":\"failure\",\"message\":\"Unauthorized\",\"data\":null}");
            return;
        }
        String[] parts = path.split("/");
        if (parts.length == 4 && parts[1].equals("series") && parts[3].equals("extended") && id(parts[2]) != null) {
            long id = id(parts[2]);
            if (id >= UNKNOWN_FROM) {
                send(exchange, 404, "{\"status\":\"failure\",\"message\":\"NotFoundException\",\"data\":null}");
                return;
            }
            ObjectNode data = json.createObjectNode();
            data.put("id", id).put("name", "TVDB Series " + id).put("averageRuntime", 44);
            data.putObject("status").put("id", 2).put("name", "Ended").put("recordType", "series");
            data.putArray("genres").addObject().put("id", 1).put("name", "Thriller");
            ArrayNode tags = data.putArray("tags");
            tags.addObject().put("id", 1).put("name", "Anti-Hero").put("tagName", "Character");
            tags.addObject().put("id", 2).put("name", "Desert").put("tagName", "Setting");
            ArrayNode characters = data.putArray("characters");
            for (int i = 0; i < 7; i++) {
                characters.addObject().put("name", "Role " + i).put("personName", "TVDB Actor " + i)
                        .put("peopleType", "Actor").put("type", 3).put("sort", i);
            }
            characters.addObject().put("name", "Boss").put("personName", "TVDB Director").put("peopleType", "Director")
                    .put("type", 1).put("sort", 0);
            data.putArray("remoteIds").addObject().put("id", "tt0903747").put("type", 2).put("sourceName", "IMDB");
            ObjectNode envelope = json.createObjectNode().put("status", "success");
            envelope.set("data", data);
            send(exchange, 200, json.writeValueAsString(envelope));
            return;
        }
        send(exchange, 404, "{\"status\":\"failure\",\"message\":\"NotFoundException\",\"data\":null}");
    }

    private void control(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        if (path.equals("/fake/faults") && method.equals("POST")) {
            JsonNode f = json.readTree(exchange.getRequestBody());
            faults.add(new Fault(f.path("path").asText(), f.path("status").asInt(), f.path("times").asInt(1),
                    f.hasNonNull("retryAfter") ? f.get("retryAfter").asText() : null, f.path("delayMs").asLong(0),
                    f.hasNonNull("body") ? f.get("body").asText() : null));
            send(exchange, 200, "{}");
        } else if (path.equals("/fake/faults") && method.equals("DELETE")) {
            faults.clear();
            send(exchange, 200, "{}");
        } else if (path.equals("/fake/requests") && method.equals("GET")) {
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            byte[] body = String.join("\n", requests).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        } else if (path.equals("/fake/requests") && method.equals("DELETE")) {
            requests.clear();
            send(exchange, 200, "{}");
        } else if (path.equals("/fake/latency") && method.equals("PUT")) {
            latencyMs = Long.parseLong(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).strip());
            send(exchange, 200, "{}");
        } else if (path.equals("/fake/tvdb/expire") && method.equals("POST")) {
            tvdbTokens.clear();
            send(exchange, 200, "{}");
        } else {
            send(exchange, 404, "{}");
        }
    }

    private static String notFound() {
        return "{\"status_code\":34,\"status_message\":\"The resource you requested could not be found.\",\"success\":false}";
    }

    private static String tmdbError(int status) {
        return switch (status) {
            case 401 -> "{\"status_code\":7,\"status_message\":\"Invalid API key: You must be granted a valid key.\",\"success\":false}";
            case 404 -> notFound();
            case 429 -> "{\"status_code\":25,\"status_message\":\"Your request count (41) is over the allowed limit of 40.\",\"success\":false}";
            case 503 -> "{\"status_code\":9,\"status_message\":\"Service offline.\",\"success\":false}";
            default -> "{\"status_code\":11,\"status_message\":\"Internal error: Something went wrong, contact TMDb.\",\"success\":false}";
        };
    }

    private static Long id(String text) {
        return text.matches("\\d{1,12}") ? Long.valueOf(text) : null;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
