package io.plexrecommend.recommender.rest;

import io.plexrecommend.recommender.rating.MediaRequest;
import io.plexrecommend.recommender.rating.RatingService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** "Not interested": the title is never offered to the profile again and counts as a mild negative. */
@Path("/api/profiles/{profile}/dismissals")
@Produces(MediaType.APPLICATION_JSON)
public class DismissalResource {

    private final RatingService ratings;

    DismissalResource(RatingService ratings) {
        this.ratings = ratings;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response dismiss(@PathParam("profile") String profile, MediaRequest request) {
        ratings.dismiss(profile, request);
        return Response.accepted().build();
    }
}
