package io.plexrecommend.recommender.rest;

import io.plexrecommend.recommender.rating.RatingRequest;
import io.plexrecommend.recommender.rating.RatingService;
import io.plexrecommend.recommender.rating.StoredRating;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A profile's ratings. Each change is published on {@code ratings} (source {@code ui}) and applied here before the
 * answer, so the next recommendation already reflects it: 202 because the rest of the system learns it from the topic.
 */
@Path("/api/profiles/{profile}/ratings")
@Produces(MediaType.APPLICATION_JSON)
public class RatingResource {

    private final RatingService ratings;

    RatingResource(RatingService ratings) {
        this.ratings = ratings;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rate(@PathParam("profile") String profile, RatingRequest request) {
        ratings.rate(profile, request);
        return Response.accepted().build();
    }

    @GET
    public List<StoredRating> list(@PathParam("profile") String profile) {
        return ratings.list(profile);
    }

    @DELETE
    @Path("/{mediaId}")
    public Response unrate(@PathParam("profile") String profile, @PathParam("mediaId") String mediaId) {
        ratings.unrate(profile, mediaId);
        return Response.accepted().build();
    }

    /** Resets the profile: its ratings, dismissals and model are forgotten (watch history stays). */
    @DELETE
    public Response reset(@PathParam("profile") String profile) {
        ratings.reset(profile);
        return Response.accepted().build();
    }
}
