package io.plexrecommend.scanner.enrich;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** TheTVDB v4: login (key and optional PIN → a bearer token valid a month) and extended series records. */
@RegisterRestClient(configKey = "tvdb")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface TvdbApi {

    @POST
    @Path("/login")
    String login(Map<String, String> credentials);

    @GET
    @Path("/series/{id}/extended")
    String series(@PathParam("id") long id, @HeaderParam("Authorization") String bearer);
}
