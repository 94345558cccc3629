package io.plexrecommend.scanner.plex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plexrecommend.scanner.config.ScannerConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The scanner's view of a Plex Media Server: its identity, movie and show libraries, their items page by page, one
 * item's full metadata and its artwork. Turns every failure into a {@link PlexException} whose message says what to
 * fix and never contains the token. The connection is an argument, because it changes with the settings and each
 * Plex Home profile has its own token.
 */
@ApplicationScoped
public class PlexClient {

    private static final Set<String> READABLE_TYPES = Set.of("movie", "show");

    private final ScannerConfig.Plex config;
    private final Map<PlexConnection, PlexApi> apis = new ConcurrentHashMap<>();
    private final HttpClient http;
    private final PlexBodies bodies;

    public PlexClient(ScannerConfig config, ObjectMapper json) {
        this.config = config.plex();
        this.bodies = new PlexBodies(json);
        this.http = HttpClient.newBuilder().connectTimeout(this.config.connectTimeout()).build();
    }

    public PlexServerInfo server(PlexConnection plex) {
        PlexResponse.Container root = container(call(plex, "GET /", () -> api(plex).root()), "GET /");
        return new PlexServerInfo(root.friendlyName(), root.version(), root.machineIdentifier());
    }

    /** The movie and show sections; music and photo libraries are left out. */
    public List<PlexLibrary> libraries(PlexConnection plex) {
        PlexResponse response = call(plex, "GET /library/sections", () -> api(plex).sections());
        return container(response, "GET /library/sections").directoriesOrEmpty().stream()
                .filter(d -> d.key() != null && d.type() != null && READABLE_TYPES.contains(d.type()))
                .map(d -> new PlexLibrary(d.key(), d.title(), d.type(), null))
                .toList();
    }

    /** The sections with their item counts (a zero-size page of each, which carries {@code totalSize}). */
    public List<PlexLibrary> librariesWithCounts(PlexConnection plex) {
        return libraries(plex).stream().map(l -> l.withItemCount(items(plex, l, 0, 0).totalSize())).toList();
    }

    /** One page of {@code library}'s items, with their external guids. A 5xx or dropped connection is retried. */
    @Retry(maxRetries = 3, delay = 200, jitter = 100, retryOn = {PlexErrorException.class, PlexUnreachableException.class})
    @ExponentialBackoff
    public PlexPage items(PlexConnection plex, PlexLibrary library, int start, int size) {
        String request = "GET /library/sections/" + library.id() + "/all";
        PlexResponse response = call(plex, request,
                () -> api(plex).items(library.id(), library.plexTypeCode(), 1, start, size));
        PlexResponse.Container container = container(response, request);
        List<JsonNode> items = container.metadataOrEmpty();
        // An answer with neither offset nor totalSize did not page (recorded XML answers of proxies look so): it is
        // the whole section, so its length is the total and it is the last page.
        boolean paged = container.offset() != null || container.totalSize() != null;
        return paged ? new PlexPage(container.offset(), container.totalSize(), items)
                : new PlexPage(start, start + items.size(), items);
    }

    /** The item's full metadata, or empty if Plex no longer has it. A 5xx or dropped connection is retried. */
    @Retry(maxRetries = 3, delay = 200, jitter = 100, retryOn = {PlexErrorException.class, PlexUnreachableException.class})
    @ExponentialBackoff
    public Optional<JsonNode> metadata(PlexConnection plex, String ratingKey) {
        String request = "GET /library/metadata/" + ratingKey;
        try {
            PlexResponse response = call(plex, request, () -> api(plex).metadata(ratingKey, 1));
            PlexResponse.Container container = container(response, request);
            Optional<JsonNode> item = container.metadataOrEmpty().stream().findFirst();
            // The section is on the item in PMS answers, on the container in some: keep it with the item.
            if (item.isPresent() && item.get().isObject() && !item.get().hasNonNull("librarySectionID")
                    && container.librarySectionId() != null) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) item.get()).put("librarySectionID", container.librarySectionId());
            }
            return item;
        } catch (PlexNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The image at {@code path} on the server (a {@code thumb} Plex gave us), or empty if Plex has none there. */
    public Optional<PlexImage> image(PlexConnection plex, String path) {
        URI uri = URI.create(plex.url() + (path.startsWith("/") ? path : "/" + path));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.readTimeout())
                .header(PlexHeaders.TOKEN, plex.token())
                .header("X-Plex-Client-Identifier", config.clientIdentifier())
                .header("X-Plex-Product", PlexHeaders.PRODUCT)
                .GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() == 401 || response.statusCode() == 403) {
                throw new PlexUnauthorizedException(response.statusCode());
            }
            if (response.statusCode() != 200) {
                throw new PlexErrorException("Plex at " + plex.url() + " answered HTTP " + response.statusCode()
                        + " to an artwork request");
            }
            String type = response.headers().firstValue("Content-Type").orElse("image/jpeg");
            return Optional.of(new PlexImage(response.body(), type));
        } catch (IOException e) {
            throw new PlexUnreachableException(plex.url(), e.getMessage() == null ? e.toString() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlexUnreachableException(plex.url(), "interrupted");
        }
    }

    /** The server's {@code machineIdentifier} ({@code GET /identity}). */
    public String machineIdentifier(PlexConnection plex) {
        String id = container(call(plex, "GET /identity", () -> api(plex).identity()), "GET /identity").machineIdentifier();
        if (id == null || id.isBlank()) {
            throw new PlexErrorException("Plex at " + plex.url() + " answered GET /identity without a machineIdentifier");
        }
        return id;
    }

    /** The token user's video playlists: {@code ratingKey}, {@code title}, {@code smart}, {@code leafCount}. */
    public List<JsonNode> videoPlaylists(PlexConnection plex) {
        return container(call(plex, "GET /playlists", () -> api(plex).playlists("video")), "GET /playlists")
                .metadataOrEmpty();
    }

    /** Creates a non-smart video playlist of {@code ratingKeys} in order; answers its ratingKey. */
    public String createPlaylist(PlexConnection plex, String machineIdentifier, String title, List<String> ratingKeys) {
        PlexResponse response = call(plex, "POST /playlists",
                () -> api(plex).createPlaylist("video", title, 0, itemsUri(machineIdentifier, ratingKeys)));
        return container(response, "POST /playlists").metadataOrEmpty().stream()
                .map(p -> p.path("ratingKey").asText(null)).filter(k -> k != null && !k.isBlank()).findFirst()
                .orElseThrow(() -> new PlexErrorException("Plex at " + plex.url()
                        + " answered POST /playlists without the new playlist's ratingKey"));
    }

    /** Makes the playlist hold exactly {@code ratingKeys}, in order: emptied, then filled in one request. */
    public void replacePlaylistItems(PlexConnection plex, String machineIdentifier, String playlistId,
            List<String> ratingKeys) {
        String path = "/playlists/" + playlistId + "/items";
        status(plex, "DELETE " + path, () -> api(plex).clearPlaylist(playlistId));
        if (!ratingKeys.isEmpty()) {
            status(plex, "PUT " + path, () -> api(plex).addToPlaylist(playlistId, itemsUri(machineIdentifier, ratingKeys)));
        }
    }

    /** Deletes the playlist; one that is already gone is fine. */
    public void deletePlaylist(PlexConnection plex, String playlistId) {
        try {
            status(plex, "DELETE /playlists/" + playlistId, () -> api(plex).deletePlaylist(playlistId));
        } catch (PlexNotFoundException e) {
            // deleted in Plex by the user: what we wanted
        }
    }

    /**
     * The URI that names library items in playlist calls, as PMS and its clients spell it (python-plexapi's
     * {@code server._uriRoot()} + {@code /library/metadata/{keys}}; the spec's example
     * {@code server://1234/com.plexapp.plugins.library/library/metadata/1}): keys comma-separated, in order.
     */
    static String itemsUri(String machineIdentifier, List<String> ratingKeys) {
        return "server://" + machineIdentifier + "/com.plexapp.plugins.library/library/metadata/"
                + String.join(",", ratingKeys);
    }

    /** A call whose answer body does not matter (PMS answers some with the playlist, some with nothing). */
    private void status(PlexConnection plex, String request, Supplier<Response> call) {
        try (Response response = call.get()) {
            // a 2xx; errors arrive as WebApplicationException
        } catch (WebApplicationException | ProcessingException e) {
            call(plex, request, () -> { // the one place that turns a failure into a PlexException
                throw e;
            });
        }
    }

    private static PlexResponse.Container container(PlexResponse response, String request) {
        if (response == null || response.container() == null) {
            throw new PlexErrorException("Plex answered " + request + " without a MediaContainer");
        }
        return response.container();
    }

    /** One call, its answer read as Plex JSON or Plex XML; every failure becomes a {@link PlexException}. */
    private PlexResponse call(PlexConnection plex, String request, Supplier<Response> call) {
        try (Response response = call.get()) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            return bodies.read("Plex at " + plex.url() + " answered " + request, response.getHeaderString("Content-Type"),
                    body);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 401 || status == 403) {
                throw new PlexUnauthorizedException(status);
            }
            if (status == 404) {
                throw new PlexNotFoundException("Plex at " + plex.url() + " has nothing at " + request);
            }
            throw new PlexErrorException("Plex at " + plex.url() + " answered HTTP " + status + " to " + request);
        } catch (ProcessingException e) {
            if (hasCause(e, JsonProcessingException.class)) {
                throw new PlexErrorException("Plex at " + plex.url() + " answered " + request
                        + " with a body that is not the expected JSON: " + rootMessage(e));
            }
            throw new PlexUnreachableException(plex.url(), rootMessage(e));
        }
    }

    private PlexApi api(PlexConnection plex) {
        if (apis.size() > 16) {
            apis.clear(); // settings changed many times; old clients are garbage
        }
        return apis.computeIfAbsent(plex, this::build);
    }

    private PlexApi build(PlexConnection plex) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(baseUri(plex.url()))
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .loggingMaskedHeaders(Set.of(PlexHeaders.TOKEN))
                .register(new PlexHeaders(plex.token(), config.clientIdentifier()))
                .build(PlexApi.class);
    }

    private static URI baseUri(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new PlexNotConfiguredException("the Plex URL '" + url
                    + "' is not an http(s) URL such as http://192.168.1.10:32400");
        }
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
