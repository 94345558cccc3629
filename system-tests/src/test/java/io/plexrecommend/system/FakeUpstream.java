package io.plexrecommend.system;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Stands in for the three external accounts, on a loopback port, with the documented payloads and errors
 * (../shared/notes/external-apis.md): a Plex Media Server (root, sections, paged listings, item metadata, thumbs;
 * 401 without the owner token), TMDB v3 under {@code /3} (401 code 7 for a wrong key, 404 code 34), TheTVDB v4 under
 * {@code /v4} (login token) and TMDB's image host under {@code /t/p}. One instance per upstream host, so each
 * records exactly the requests its host saw (method, path and query, and the headers that carry credentials).
 */
final class FakeUpstream implements AutoCloseable {

    static final String PLEX_TOKEN = "plexTok-Q7w2Zr9Kx4";
    static final String HOME_TOKEN = "homeTok-A1s2D3f4G5";
    static final String TMDB_KEY = "tmdbKey5Fh1Lx8PqW3";
    static final String TVDB_KEY = "tvdbKeyM3n6Vb0YsE8";
    static final String TVDB_PIN = "tvdbPin-R7x2Kq9";
    static final String TVDB_JWT = "tvdbJwt-T0k3nXyZu1";
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0,
            (byte) 0xFF, (byte) 0xD9};

    /** What one request looked like to this host. */
    record Request(String method, String uri, String plexToken, String authorization) {
        @Override
        public String toString() {
            return method + " " + uri;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PLEX_THUMBS = Set.of("/library/metadata/101/thumb/1718000000");

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> tvdbTokens = new ConcurrentHashMap<>();
    private final FakePlexPlaylists playlists = new FakePlexPlaylists(MACHINE_ID, Set.of("101", "102", "201"));
    static final String MACHINE_ID = "fake-machine-1";

    private FakeUpstream() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    static FakeUpstream start() {
        return new FakeUpstream();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The playlists on this fake Plex, of every account. */
    List<FakePlexPlaylists.Playlist> playlists() {
        return playlists.all();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    void forgetRequests() {
        requests.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("X-Plex-Token"),
                    exchange.getRequestHeaders().getFirst("Authorization")));
            if (path.startsWith("/3/")) {
                tmdb(exchange, path.substring(2));
            } else if (path.startsWith("/v4/")) {
                tvdb(exchange, path.substring(3));
            } else if (path.matches("/t/p/w\\d+/[A-Za-z0-9_-]+\\.jpg")) {
                image(exchange);
            } else {
                plex(exchange, path);
            }
        }
    }

    // ---- Plex Media Server ----

    private void plex(HttpExchange exchange, String path) throws IOException {
        String token = exchange.getRequestHeaders().getFirst("X-Plex-Token");
        if (!PLEX_TOKEN.equals(token) && !HOME_TOKEN.equals(token)) {
            send(exchange, 401, "text/html", "<html><head><title>Unauthorized</title></head><body><h1>401 Unauthorized</h1></body></html>");
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if (path.equals("/") || path.equals("/identity")) {
            ObjectNode root = JSON.createObjectNode();
            root.putObject("MediaContainer").put("friendlyName", "Basement").put("version", "1.40.2.8395")
                    .put("machineIdentifier", MACHINE_ID);
            send(exchange, 200, root);
        } else if (path.startsWith("/playlists")) {
            FakePlexPlaylists.Answer answer = playlists.handle(exchange.getRequestMethod(), path, token, query);
            if (answer.body() == null) {
                send(exchange, answer.status(), "text/html", "<html><body><h1>" + answer.status() + "</h1></body></html>");
            } else {
                send(exchange, answer.status(), answer.body());
            }
        } else if (path.equals("/library/sections")) {
            ObjectNode root = JSON.createObjectNode();
            ArrayNode dirs = root.putObject("MediaContainer").put("size", 2).putArray("Directory");
            dirs.addObject().put("key", "1").put("type", "movie").put("title", "Movies");
            dirs.addObject().put("key", "2").put("type", "show").put("title", "TV Shows");
            send(exchange, 200, root);
        } else if (path.matches("/library/sections/[12]/all")) {
            List<ObjectNode> all = path.contains("/1/") ? List.of(matrix(token), heat()) : List.of(breakingBad());
            int start = Integer.parseInt(query.getOrDefault("X-Plex-Container-Start", "0"));
            int size = Integer.parseInt(query.getOrDefault("X-Plex-Container-Size", "100"));
            ObjectNode root = JSON.createObjectNode();
            ObjectNode container = root.putObject("MediaContainer");
            ArrayNode page = container.putArray("Metadata");
            all.stream().skip(start).limit(size).forEach(page::add);
            container.put("size", page.size()).put("totalSize", all.size()).put("offset", start);
            send(exchange, 200, root);
        } else if (path.matches("/library/metadata/(101|102|201)")) {
            ObjectNode item = switch (path.substring(path.lastIndexOf('/') + 1)) {
                case "101" -> matrix(token);
                case "102" -> heat();
                default -> breakingBad();
            };
            ObjectNode root = JSON.createObjectNode();
            root.putObject("MediaContainer").put("size", 1).putArray("Metadata").add(item);
            send(exchange, 200, root);
        } else if (PLEX_THUMBS.contains(path)) {
            image(exchange);
        } else {
            send(exchange, 404, "text/html", "<html><body><h1>404 Not Found</h1></body></html>");
        }
    }

    /** The owner rated it 9 and watched it; the Home profile (its own token) rated it 6. */
    private static ObjectNode matrix(String token) {
        ObjectNode m = item("101", "movie", "The Matrix", 1999, "plex://movie/5d7768ba96b655001fdc0408");
        m.put("summary", "A hacker learns what the world really is.").put("thumb", "/library/metadata/101/thumb/1718000000")
                .put("userRating", HOME_TOKEN.equals(token) ? 6.0 : 9.0).put("viewCount", 1).put("lastViewedAt", 1718000000L);
        ArrayNode guids = m.putArray("Guid");
        guids.addObject().put("id", "imdb://tt0133093");
        guids.addObject().put("id", "tmdb://603");
        m.putArray("Genre").addObject().put("tag", "Science Fiction");
        return m;
    }

    private static ObjectNode heat() {
        ObjectNode m = item("102", "movie", "Heat", 1995, "com.plexapp.agents.themoviedb://949?lang=en");
        m.put("summary", "A thief and a detective.");
        m.putArray("Genre").addObject().put("tag", "Crime");
        return m;
    }

    private static ObjectNode breakingBad() {
        ObjectNode m = item("201", "show", "Breaking Bad", 2008, "plex://show/5d9c086c46115600200aa2fe");
        m.put("summary", "A chemistry teacher turns to crime.");
        ArrayNode guids = m.putArray("Guid");
        guids.addObject().put("id", "tvdb://81189");
        guids.addObject().put("id", "tmdb://1396");
        m.putArray("Genre").addObject().put("tag", "Drama");
        return m;
    }

    private static ObjectNode item(String ratingKey, String type, String title, int year, String guid) {
        ObjectNode m = JSON.createObjectNode();
        m.put("ratingKey", ratingKey).put("key", "/library/metadata/" + ratingKey).put("guid", guid).put("type", type)
                .put("title", title).put("year", year).put("librarySectionID", type.equals("movie") ? 1 : 2)
                .put("updatedAt", 1718000000L).put("addedAt", 1600000000L);
        return m;
    }

    // ---- TMDB v3 ----

    private void tmdb(HttpExchange exchange, String path) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if (!TMDB_KEY.equals(query.get("api_key"))) {
            send(exchange, 401, "{\"status_code\":7,\"status_message\":\"Invalid API key: You must be granted a valid key.\",\"success\":false}");
            return;
        }
        String[] parts = path.split("/");
        if (path.equals("/configuration")) {
            send(exchange, 200, "{\"images\":{\"base_url\":\"http://image.tmdb.org/t/p/\"}}");
        } else if (parts.length == 3 && parts[1].equals("movie") && parts[2].matches("\\d+")) {
            ObjectNode m = JSON.createObjectNode();
            long id = Long.parseLong(parts[2]);
            m.put("id", id).put("title", "TMDB Movie " + id).put("original_language", "en")
                    .put("overview", "TMDB overview " + id).put("release_date", "1995-12-15").put("runtime", 120)
                    .put("status", "Released").put("popularity", 12.5).put("vote_average", 7.9).put("vote_count", 4321)
                    .put("poster_path", "/poster" + id + ".jpg");
            m.putArray("genres").addObject().put("id", 18).put("name", "Drama");
            m.putObject("keywords").putArray("keywords").addObject().put("id", 1).put("name", "heist");
            ObjectNode credits = m.putObject("credits");
            credits.putArray("cast").addObject().put("name", "Actor " + id).put("order", 0).put("character", "A");
            credits.putArray("crew").addObject().put("name", "Director " + id).put("job", "Director")
                    .put("department", "Directing");
            m.putObject("external_ids");
            send(exchange, 200, m);
        } else if (parts.length == 3 && parts[1].equals("tv") && parts[2].matches("\\d+")) {
            ObjectNode t = JSON.createObjectNode();
            long id = Long.parseLong(parts[2]);
            t.put("id", id).put("name", "TMDB Show " + id).put("overview", "TMDB show overview").put("status", "Ended")
                    .put("first_air_date", "2008-01-20");
            t.putArray("created_by").addObject().put("id", 1).put("name", "Creator " + id);
            t.putObject("keywords").putArray("results").addObject().put("id", 1).put("name", "drug dealer");
            t.putObject("aggregate_credits").putArray("cast").addObject().put("name", "Show Actor").put("order", 0);
            t.putObject("external_ids").put("tvdb_id", 81189);
            send(exchange, 200, t);
        } else if (parts.length == 3 && parts[1].equals("find")) {
            send(exchange, 200, "{\"movie_results\":[],\"tv_results\":[],\"person_results\":[]}");
        } else {
            send(exchange, 404, "{\"status_code\":34,\"status_message\":\"The resource you requested could not be found.\",\"success\":false}");
        }
    }

    // ---- TheTVDB v4 ----

    private void tvdb(HttpExchange exchange, String path) throws IOException {
        if (path.equals("/login") && exchange.getRequestMethod().equals("POST")) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            if (!TVDB_KEY.equals(body.path("apikey").asText())) {
                send(exchange, 401, "{\"status\":\"failure\",\"message\":\"Unauthorized\",\"data\":null}");
                return;
            }
            tvdbTokens.put(TVDB_JWT, true);
            send(exchange, 200, "{\"status\":\"success\",\"data\":{\"token\":\"" + TVDB_JWT + "\"}}");
            return;
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !tvdbTokens.containsKey(auth.replace("Bearer ", ""))) {
            send(exchange, 401, "{\"status\":\"failure\",\"message\":\"Unauthorized\",\"data\":null}");
            return;
        }
        if (path.matches("/series/\\d+/extended")) {
            ObjectNode envelope = JSON.createObjectNode().put("status", "success");
            ObjectNode data = envelope.putObject("data");
            data.put("id", Long.parseLong(path.split("/")[2])).put("name", "TVDB Series");
            data.putObject("status").put("id", 2).put("name", "Ended");
            data.putArray("genres").addObject().put("id", 1).put("name", "Thriller");
            data.putArray("tags").addObject().put("id", 1).put("name", "Desert").put("tagName", "Setting");
            data.putArray("characters").addObject().put("name", "Walter").put("personName", "TVDB Actor")
                    .put("peopleType", "Actor").put("type", 3).put("sort", 0);
            send(exchange, 200, envelope);
            return;
        }
        send(exchange, 404, "{\"status\":\"failure\",\"message\":\"NotFoundException\",\"data\":null}");
    }

    private static void image(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
        exchange.sendResponseHeaders(200, JPEG.length);
        exchange.getResponseBody().write(JPEG);
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        send(exchange, status, JSON.writeValueAsString(body));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "application/json;charset=utf-8", body);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
