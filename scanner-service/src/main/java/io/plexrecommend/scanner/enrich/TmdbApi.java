package io.plexrecommend.scanner.enrich;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * TMDB v3, the calls enrichment needs. Bodies stay text: they go to the enrichment cache as they came. Auth is a
 * {@code api_key} query parameter or a {@code Bearer} read token, whichever is configured (the other is null and
 * left out). Only {@link TmdbClient} uses it.
 */
@RegisterRestClient(configKey = "tmdb")
@Produces(MediaType.APPLICATION_JSON)
interface TmdbApi {

    @GET
    @Path("/movie/{id}")
    String movie(@PathParam("id") long id, @QueryParam("append_to_response") String append,
            @QueryParam("api_key") String apiKey, @HeaderParam("Authorization") String bearer);

    @GET
    @Path("/tv/{id}")
    String tv(@PathParam("id") long id, @QueryParam("append_to_response") String append,
            @QueryParam("api_key") String apiKey, @HeaderParam("Authorization") String bearer);

    @GET
    @Path("/find/{externalId}")
    String find(@PathParam("externalId") String externalId, @QueryParam("external_source") String source,
            @QueryParam("api_key") String apiKey, @HeaderParam("Authorization") String bearer);

    /** Cheap, authenticated: what the connection test asks. */
    @GET
    @Path("/configuration")
    String configuration(@QueryParam("api_key") String apiKey, @HeaderParam("Authorization") String bearer);
}
