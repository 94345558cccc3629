package io.plexrecommend.recommender.rest;

import io.plexrecommend.recommender.catalog.CatalogStatus;
import io.plexrecommend.recommender.dependency.Dependencies;
import io.plexrecommend.recommender.recommendation.LiveModel;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** What the recommender has taken in so far, and whether the services it leans on answer. */
@Path("/api/status")
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    /**
     * @param modelUpToDate whether the background refresh has taken in every rating and item applied so far (the
     *        co-rating and crowd matrices and the priors); a rating shows in the profile's own next list at once
     */
    public record Status(long itemsKnown, long itemsEmbedded, long itemsInGraph, long ratingsProcessed,
            boolean modelUpToDate, Map<String, Object> dependencies) {
    }

    private final CatalogStatus status;
    private final Dependencies dependencies;
    private final LiveModel model;

    StatusResource(CatalogStatus status, Dependencies dependencies, LiveModel model) {
        this.status = status;
        this.dependencies = dependencies;
        this.model = model;
    }

    @GET
    public Status status() {
        CatalogStatus.Counts counts = status.counts();
        return new Status(counts.itemsKnown(), counts.itemsEmbedded(), counts.itemsInGraph(),
                counts.ratingsProcessed(), model.upToDate(), dependencies.now().asMap());
    }
}
