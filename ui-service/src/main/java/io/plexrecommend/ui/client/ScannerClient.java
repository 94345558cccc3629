package io.plexrecommend.ui.client;

import io.plexrecommend.ui.config.UiConfig;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Calls scanner-service and turns transport and HTTP failures into {@link UpstreamException}s. */
@ApplicationScoped
public class ScannerClient {

    public static final String SERVICE = "scanner-service";
    static final String JSON_LINES = "application/x-ndjson";
    /** The poster size the UI shows (TMDB's w342). */
    static final int POSTER_WIDTH = 342;

    private final ScannerApi api;
    private final String baseUrl;

    ScannerClient(@RestClient ScannerApi api, UiConfig config) {
        this.api = api;
        this.baseUrl = config.scannerUrl();
    }

    /** Sends a JSON Lines catalog file (the upload's temporary file) to the scanner, which publishes one event per valid line. */
    public ImportReport importCatalog(Path jsonLines) {
        return call(() -> api.importCatalog(jsonLines));
    }

    public Settings settings() {
        return call(api::settings);
    }

    /** Sends only what the user changed: per section, field → new clear value ("" clears it). */
    public Settings updateSettings(Map<String, Map<String, String>> changes) {
        return call(() -> api.updateSettings(changes));
    }

    public List<ConnectionTest> testConnections() {
        return call(api::testConnections);
    }

    public List<Library> libraries() {
        return call(api::libraries);
    }

    public Scan startScan(List<String> libraryIds) {
        return call(() -> api.startScan(new ScanRequest(libraryIds)));
    }

    public List<Scan> recentScans() {
        return call(api::recentScans);
    }

    /** The scan's progress as it changes; completes after the final state. */
    public Multi<Scan> scanEvents(String scanId) {
        return api.scanEvents(scanId).map(json -> SseJson.read(json, Scan.class)).onFailure().transform(e -> Upstream.translate(SERVICE, baseUrl, e));
    }

    public Scan loadDemoLibrary() {
        return call(api::loadDemoLibrary);
    }

    public RatingsImportReport importRatings(String profile, String format, Path csv) {
        return call(() -> api.importRatings(profile, format, csv));
    }

    /** The item's poster, or empty when the scanner has none for it (demo items, items without artwork). */
    public Optional<Artwork> poster(String mediaId) {
        try {
            return Optional.of(call(() -> {
                // The default response mapper turns a 4xx/5xx into an exception before we see the Response.
                try (Response response = api.artwork(mediaId, POSTER_WIDTH)) {
                    String type = response.getMediaType() == null ? "image/jpeg" : response.getMediaType().toString();
                    return new Artwork(response.readEntity(byte[].class), type);
                }
            }));
        } catch (UpstreamException e) {
            if (e.kind() == UpstreamException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private <T> T call(java.util.function.Supplier<T> call) {
        return Upstream.call(SERVICE, baseUrl, call);
    }
}
