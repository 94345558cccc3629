package io.plexrecommend.scanner.rest;

import io.plexrecommend.scanner.plex.PlexClient;
import io.plexrecommend.scanner.plex.PlexConnection;
import io.plexrecommend.scanner.plex.PlexLibrary;
import io.plexrecommend.scanner.settings.SettingsService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The Plex movie and show libraries a scan can choose from. */
@Path("/api/libraries")
@Produces(MediaType.APPLICATION_JSON)
public class LibraryResource {

    private final PlexClient plex;
    private final SettingsService settings;

    public LibraryResource(PlexClient plex, SettingsService settings) {
        this.plex = plex;
        this.settings = settings;
    }

    @GET
    public List<PlexLibrary> libraries() {
        return plex.librariesWithCounts(PlexConnection.owner(settings.current()));
    }
}
