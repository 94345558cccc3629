package io.plexrecommend.recommender.rest;

import io.plexrecommend.recommender.recommendation.Explorer;
import io.plexrecommend.recommender.recommendation.Filters;
import io.plexrecommend.recommender.recommendation.Recommendation;
import io.plexrecommend.recommender.recommendation.Recommender;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Titles for a profile, best first, never one it rated, watched, dismissed, or one that was removed. */
@Path("/api/profiles/{profile}")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    private final Recommender recommender;
    private final Explorer explorer;

    RecommendationResource(Recommender recommender, Explorer explorer) {
        this.recommender = recommender;
        this.explorer = explorer;
    }

    @GET
    @Path("/recommendations")
    public List<Recommendation> recommend(@PathParam("profile") String profile, @BeanParam FilterParams filters,
            @QueryParam("limit") Integer limit) {
        return recommender.recommend(profile, filters.toFilters(), limit);
    }

    /** The one title the tab shows next (exploration vs exploitation); 404 when nothing is left. */
    @GET
    @Path("/next")
    public Response next(@PathParam("profile") String profile, @BeanParam FilterParams filters) {
        Filters f = filters.toFilters();
        return explorer.next(profile, f).map(r -> Response.ok(r).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(new ErrorBody("nothing left to recommend for this profile")).build());
    }
}
