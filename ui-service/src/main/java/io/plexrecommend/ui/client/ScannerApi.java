package io.plexrecommend.ui.client;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The part of scanner-service's HTTP API the UI uses. Callers go through {@link ScannerClient}. */
@RegisterRestClient(configKey = "scanner")
interface ScannerApi {

    @POST
    @Path("/api/catalog/import")
    @Consumes(ScannerClient.JSON_LINES)
    @Produces(MediaType.APPLICATION_JSON)
    ImportReport importCatalog(java.nio.file.Path jsonLines);

    @GET
    @Path("/api/settings")
    @Produces(MediaType.APPLICATION_JSON)
    Settings settings();

    @PUT
    @Path("/api/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Settings updateSettings(Map<String, Map<String, String>> changes);

    @POST
    @Path("/api/settings/test")
    @Produces(MediaType.APPLICATION_JSON)
    List<ConnectionTest> testConnections();

    @GET
    @Path("/api/libraries")
    @Produces(MediaType.APPLICATION_JSON)
    List<Library> libraries();

    @POST
    @Path("/api/scans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Scan startScan(ScanRequest request);

    @GET
    @Path("/api/scans")
    @Produces(MediaType.APPLICATION_JSON)
    List<Scan> recentScans();

    @GET
    @Path("/api/scans/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    Multi<String> scanEvents(@PathParam("id") String id);

    @POST
    @Path("/api/demo-library")
    @Produces(MediaType.APPLICATION_JSON)
    Scan loadDemoLibrary();

    @POST
    @Path("/api/profiles/{profile}/ratings/import")
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    RatingsImportReport importRatings(@PathParam("profile") String profile, @QueryParam("format") String format,
            java.nio.file.Path csv);

    @GET
    @Path("/api/artwork/{mediaId}")
    Response artwork(@PathParam("mediaId") String mediaId, @QueryParam("width") int width);
}
