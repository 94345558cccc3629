package io.plexrecommend.scanner.plex;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.plexrecommend.scanner.config.ScannerConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The scanner's view of a Plex Media Server: movie and show libraries and their items, page by page. Turns every
 * failure into a {@link PlexException} whose message says what to fix and never contains the token.
 */
@ApplicationScoped
public class PlexClient {

    private static final Set<String> READABLE_TYPES = Set.of("movie", "show");

    private final ScannerConfig.Plex config;
    private volatile PlexApi api;

    public PlexClient(ScannerConfig config) {
        this.config = config.plex();
    }

    /** The movie and show sections; music and photo libraries are left out. */
    public List<PlexLibrary> libraries() {
        PlexResponse response = call("GET /library/sections", () -> api().sections());
        return container(response, "GET /library/sections").directoriesOrEmpty().stream()
                .filter(d -> d.key() != null && d.type() != null && READABLE_TYPES.contains(d.type()))
                .map(d -> new PlexLibrary(d.key(), d.title(), d.type()))
                .toList();
    }

    /** One page of {@code library}'s items, with their external guids. */
    public PlexPage items(PlexLibrary library, int start, int size) {
        String request = "GET /library/sections/" + library.id() + "/all";
        PlexResponse response = call(request, () -> api().items(library.id(), library.plexTypeCode(), 1, start, size));
        PlexResponse.Container container = container(response, request);
        return new PlexPage(container.offset(), container.totalSize(), container.metadataOrEmpty());
    }

    private static PlexResponse.Container container(PlexResponse response, String request) {
        if (response == null || response.container() == null) {
            throw new PlexErrorException("Plex answered " + request + " without a MediaContainer");
        }
        return response.container();
    }

    private <T> T call(String request, Supplier<T> call) {
        requireConfigured();
        String url = url();
        try {
            return call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 401 || status == 403) {
                throw new PlexUnauthorizedException(status);
            }
            throw new PlexErrorException("Plex at " + url + " answered HTTP " + status + " to " + request);
        } catch (ProcessingException e) {
            if (hasCause(e, JsonProcessingException.class)) {
                throw new PlexErrorException("Plex at " + url + " answered " + request
                        + " with a body that is not the expected JSON: " + rootMessage(e));
            }
            throw new PlexUnreachableException(url, rootMessage(e));
        }
    }

    private PlexApi api() {
        PlexApi current = api;
        if (current == null) {
            synchronized (this) {
                if (api == null) {
                    api = build();
                }
                current = api;
            }
        }
        return current;
    }

    private void requireConfigured() {
        List<String> missing = new ArrayList<>();
        if (config.url().filter(u -> !u.isBlank()).isEmpty()) {
            missing.add("scanner.plex.url (env SCANNER_PLEX_URL, e.g. http://192.168.1.10:32400)");
        }
        if (config.token().filter(t -> !t.isBlank()).isEmpty()) {
            missing.add("scanner.plex.token (env SCANNER_PLEX_TOKEN, your X-Plex-Token)");
        }
        if (!missing.isEmpty()) {
            throw new PlexNotConfiguredException("Plex is not configured: set " + String.join(" and ", missing));
        }
    }

    private PlexApi build() {
        String token = config.token().orElseThrow().strip();
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(baseUri())
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .loggingMaskedHeaders(Set.of(PlexHeaders.TOKEN))
                .register(new PlexHeaders(token, config.clientIdentifier()))
                .build(PlexApi.class);
    }

    private String url() {
        return config.url().orElseThrow().strip();
    }

    private URI baseUri() {
        String url = url();
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new PlexNotConfiguredException("scanner.plex.url (env SCANNER_PLEX_URL) '" + url
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
