package io.plexrecommend.recommender.rest;

import io.plexrecommend.recommender.rating.RatingRequest;
import io.plexrecommend.recommender.rating.RatingService;
import io.plexrecommend.recommender.rating.StoredRating;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A profile's ratings. A rating given here is published on {@code ratings} with source {@code ui}. */
@Path("/api/profiles/{profile}/ratings")
@Produces(MediaType.APPLICATION_JSON)
public class RatingResource {

    private final RatingService ratings;

    RatingResource(RatingService ratings) {
        this.ratings = ratings;
    }

    /** 201 with the stored rating once the broker has the event and the rating is applied here. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rate(@PathParam("profile") String profile, RatingRequest request) {
        return Response.status(Response.Status.CREATED).entity(ratings.rate(profile, request)).build();
    }

    @GET
    public List<StoredRating> list(@PathParam("profile") String profile) {
        return ratings.list(profile);
    }
}
