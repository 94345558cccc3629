package io.plexrecommend.scanner.rest;

import io.plexrecommend.scanner.plex.LibraryScanner;
import io.plexrecommend.scanner.plex.PlexLibrary;
import io.plexrecommend.scanner.plex.ScanReport;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The Plex movie and show libraries, and a full scan of one of them. */
@Path("/api/libraries")
@Produces(MediaType.APPLICATION_JSON)
public class LibraryResource {

    private final LibraryScanner scanner;

    public LibraryResource(LibraryScanner scanner) {
        this.scanner = scanner;
    }

    @GET
    public List<PlexLibrary> libraries() {
        return scanner.libraries();
    }

    /** Scans the library and answers when every item is published (or reported as failed). */
    @POST
    @Path("/{id}/scan")
    public ScanReport scan(@PathParam("id") String id) {
        return scanner.scan(id);
    }
}
