package io.plexrecommend.ui.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of scanner-service's HTTP API the UI uses. Callers go through {@link ScannerClient}. */
@RegisterRestClient(configKey = "scanner")
interface ScannerApi {

    @POST
    @Path("/api/catalog/import")
    @Consumes(ScannerClient.JSON_LINES)
    @Produces(MediaType.APPLICATION_JSON)
    ImportReport importCatalog(java.nio.file.Path jsonLines);
}
