package io.plexrecommend.scanner.plex;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The few Plex Media Server endpoints the scanner reads; {@link PlexClient} is the only user. */
@RegisterRestClient(configKey = "plex")
@Produces(MediaType.APPLICATION_JSON)
interface PlexApi {

    @GET
    @Path("/library/sections")
    PlexResponse sections();

    /** One page of a section's items; {@code type} 1 = movies, 2 = shows. */
    @GET
    @Path("/library/sections/{key}/all")
    PlexResponse items(@PathParam("key") String sectionKey,
            @QueryParam("type") int type,
            @QueryParam("includeGuids") int includeGuids,
            @QueryParam("X-Plex-Container-Start") int start,
            @QueryParam("X-Plex-Container-Size") int size);
}
