package io.plexrecommend.recommender.rest;

import io.plexrecommend.recommender.recommendation.Recommendation;
import io.plexrecommend.recommender.recommendation.Recommender;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Titles for a profile, best first, never one it rated or one that was removed. */
@Path("/api/profiles/{profile}/recommendations")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    private final Recommender recommender;

    RecommendationResource(Recommender recommender) {
        this.recommender = recommender;
    }

    /**
     * @param type {@code movie} or {@code show}; both when absent
     * @param limit how many (default 10, at most 100)
     */
    @GET
    public List<Recommendation> recommend(@PathParam("profile") String profile, @QueryParam("type") String type,
            @QueryParam("limit") Integer limit) {
        return recommender.recommend(profile, MediaTypes.parseOptional(type), limit);
    }
}
