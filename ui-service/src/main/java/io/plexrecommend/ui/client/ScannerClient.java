package io.plexrecommend.ui.client;

import io.plexrecommend.ui.config.UiConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Calls scanner-service and turns transport and HTTP failures into {@link UpstreamException}s. */
@ApplicationScoped
public class ScannerClient {

    public static final String SERVICE = "scanner-service";
    static final String JSON_LINES = "application/x-ndjson";

    private final ScannerApi api;
    private final String baseUrl;

    ScannerClient(@RestClient ScannerApi api, UiConfig config) {
        this.api = api;
        this.baseUrl = config.scannerUrl();
    }

    /** Sends a JSON Lines catalog file (the upload's temporary file) to the scanner, which publishes one event per valid line. */
    public ImportReport importCatalog(Path jsonLines) {
        return Upstream.call(SERVICE, baseUrl, () -> api.importCatalog(jsonLines));
    }
}
