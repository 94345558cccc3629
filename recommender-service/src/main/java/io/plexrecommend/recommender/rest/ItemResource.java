package io.plexrecommend.recommender.rest;

import io.plexrecommend.recommender.catalog.ItemCatalog;
import io.plexrecommend.recommender.catalog.ItemDetails;
import io.plexrecommend.recommender.recommendation.Recommendation;
import io.plexrecommend.recommender.recommendation.Recommender;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** One title, and the titles most like it ("more like this"). */
@Path("/api/items/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    private final ItemCatalog catalog;
    private final Recommender recommender;

    ItemResource(ItemCatalog catalog, Recommender recommender) {
        this.catalog = catalog;
        this.recommender = recommender;
    }

    @GET
    public ItemDetails item(@PathParam("id") String mediaId) {
        return catalog.details(mediaId);
    }

    /** @param profile optional: leaves out what that profile rated, watched or dismissed */
    @GET
    @Path("/similar")
    public List<Recommendation> similar(@PathParam("id") String mediaId, @QueryParam("limit") Integer limit,
            @QueryParam("type") String type, @QueryParam("profile") String profile) {
        return recommender.similar(mediaId, MediaTypes.parseOptional(type), limit, profile);
    }
}
