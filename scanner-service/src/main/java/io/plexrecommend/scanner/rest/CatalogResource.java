package io.plexrecommend.scanner.rest;

import io.plexrecommend.scanner.catalog.CatalogImporter;
import io.plexrecommend.scanner.catalog.ImportReport;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

/**
 * Imports a catalog of titles (JSON Lines, one TMDB-shaped item per line), publishes each one and records it in the
 * item index, where rating imports find it.
 */
@Path("/api/catalog")
public class CatalogResource {

    private final CatalogImporter importer;

    public CatalogResource(CatalogImporter importer) {
        this.importer = importer;
    }

    @POST
    @Path("/import")
    @Consumes({"application/x-ndjson", "application/jsonl", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport importCatalog(InputStream body) {
        return importer.importLines(body);
    }
}
