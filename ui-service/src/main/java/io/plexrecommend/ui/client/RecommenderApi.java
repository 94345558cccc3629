package io.plexrecommend.ui.client;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The part of recommender-service's HTTP API the UI uses. Callers go through {@link RecommenderClient}. */
@RegisterRestClient(configKey = "recommender")
interface RecommenderApi {

    @GET
    @Path("/fragments/profiles/{profile}/next")
    @Produces(MediaType.TEXT_HTML)
    String nextFragment(@PathParam("profile") String profile, @QueryParam("type") String type);

    @GET
    @Path("/fragments/profiles/{profile}/recommendations")
    @Produces(MediaType.TEXT_HTML)
    String listFragment(@PathParam("profile") String profile, @QueryParam("type") String type,
            @QueryParam("limit") Integer limit, @QueryParam("genre") List<String> genres,
            @QueryParam("excludeGenre") List<String> excludedGenres,
            @QueryParam("maxContentRating") String maxContentRating, @QueryParam("inLibrary") Boolean inLibrary);

    @GET
    @Path("/fragments/profiles/{profile}/history")
    @Produces(MediaType.TEXT_HTML)
    String historyFragment(@PathParam("profile") String profile, @QueryParam("type") String type);

    @GET
    @Path("/fragments/profiles/{profile}/items/{mediaId}/why")
    @Produces(MediaType.TEXT_HTML)
    String whyFragment(@PathParam("profile") String profile, @PathParam("mediaId") String mediaId);

    @GET
    @Path("/fragments/profiles/{profile}/items/{mediaId}/similar")
    @Produces(MediaType.TEXT_HTML)
    String similarFragment(@PathParam("profile") String profile, @PathParam("mediaId") String mediaId,
            @QueryParam("type") String type);

    @POST
    @Path("/api/profiles/{profile}/ratings")
    @Consumes(MediaType.APPLICATION_JSON)
    void rate(@PathParam("profile") String profile, RatingRequest rating);

    @DELETE
    @Path("/api/profiles/{profile}/ratings/{mediaId}")
    void removeRating(@PathParam("profile") String profile, @PathParam("mediaId") String mediaId);

    @DELETE
    @Path("/api/profiles/{profile}/ratings")
    void resetProfile(@PathParam("profile") String profile);

    @POST
    @Path("/api/profiles/{profile}/dismissals")
    @Consumes(MediaType.APPLICATION_JSON)
    void dismiss(@PathParam("profile") String profile, Dismissal dismissal);

    @GET
    @Path("/api/profiles")
    @Produces(MediaType.APPLICATION_JSON)
    List<ProfileSummary> profiles();

    @PUT
    @Path("/api/profiles/{profile}")
    void createProfile(@PathParam("profile") String profile);

    @POST
    @Path("/api/reset")
    void resetEverything();

    @GET
    @Path("/api/items/{mediaId}")
    @Produces(MediaType.APPLICATION_JSON)
    ItemSummary item(@PathParam("mediaId") String mediaId);

    @GET
    @Path("/api/trainer/log")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    Multi<String> trainerLog();

    @GET
    @Path("/api/status")
    @Produces(MediaType.APPLICATION_JSON)
    RecommenderStatus status();
}
