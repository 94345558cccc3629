package io.plexrecommend.recommender.rest;

import io.plexrecommend.recommender.catalog.CatalogStatus;
import io.plexrecommend.recommender.dependency.Dependencies;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** What the recommender has taken in so far, and whether the services it leans on answer. */
@Path("/api/status")
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    public record Status(long itemsKnown, long itemsEmbedded, long itemsInGraph, long ratingsProcessed,
            Map<String, Object> dependencies) {
    }

    private final CatalogStatus status;
    private final Dependencies dependencies;

    StatusResource(CatalogStatus status, Dependencies dependencies) {
        this.status = status;
        this.dependencies = dependencies;
    }

    @GET
    public Status status() {
        CatalogStatus.Counts counts = status.counts();
        return new Status(counts.itemsKnown(), counts.itemsEmbedded(), counts.itemsInGraph(),
                counts.ratingsProcessed(), dependencies.now().asMap());
    }
}
