package io.plexrecommend.recommender.rest;

import io.plexrecommend.recommender.catalog.CatalogStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What the recommender has taken in so far. */
@Path("/api/status")
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    private final CatalogStatus status;

    StatusResource(CatalogStatus status) {
        this.status = status;
    }

    @GET
    public CatalogStatus.Counts status() {
        return status.counts();
    }
}
