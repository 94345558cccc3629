package io.plexrecommend.ui.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of recommender-service's HTTP API the UI uses. Callers go through {@link RecommenderClient}. */
@RegisterRestClient(configKey = "recommender")
interface RecommenderApi {

    @GET
    @Path("/fragments/tab")
    @Produces(MediaType.TEXT_HTML)
    String tabFragment(@QueryParam("profile") String profile, @QueryParam("type") String type);

    @POST
    @Path("/api/profiles/{profile}/ratings")
    @Consumes(MediaType.APPLICATION_JSON)
    void rate(@PathParam("profile") String profile, RatingRequest rating);

    @GET
    @Path("/api/status")
    @Produces(MediaType.APPLICATION_JSON)
    RecommenderStatus status();
}
