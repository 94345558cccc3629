package io.plexrecommend.graph.rest;

import io.plexrecommend.events.MediaGraphUpdatedEvent;
import io.plexrecommend.events.MediaId;
import io.plexrecommend.graph.store.GraphStatus;
import io.plexrecommend.graph.store.GraphStore;
import io.plexrecommend.graph.store.ItemGraph;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Read-only views of the graph. */
@Path("/api")
@Blocking
public class GraphResource {

    private final GraphStore store;

    public GraphResource(GraphStore store) {
        this.store = store;
    }

    @GET
    @Path("/status")
    @Produces(MediaType.APPLICATION_JSON)
    public GraphStatus status() {
        return store.status();
    }

    /** The item's named graph as sorted N-Triples, the same text its latest {@code graph-triples} event carried. */
    @GET
    @Path("/items/{mediaId}/triples")
    @Produces(MediaGraphUpdatedEvent.N_TRIPLES)
    public String triples(@PathParam("mediaId") String mediaId) {
        if (!MediaId.isValid(mediaId)) {
            throw new BadRequestException("'" + mediaId + "' is not a media id (expected e.g. movie:tmdb:603)");
        }
        return store.find(mediaId).map(ItemGraph::nTriples)
                .orElseThrow(() -> new NotFoundException("no graph for " + mediaId));
    }
}
