package io.plexrecommend.graph.rest;

import io.plexrecommend.events.MediaGraphUpdatedEvent;
import io.plexrecommend.events.MediaId;
import io.plexrecommend.graph.embedding.GraphChanges;
import io.plexrecommend.graph.embedding.GraphEmbeddingService;
import io.plexrecommend.graph.embedding.TextVectors;
import io.plexrecommend.graph.query.ItemRelations;
import io.plexrecommend.graph.query.Neighbour;
import io.plexrecommend.graph.query.SharedAttributes;
import io.plexrecommend.graph.rebuild.GraphRebuilder;
import io.plexrecommend.graph.rebuild.RebuildState;
import io.plexrecommend.graph.store.GraphStatus;
import io.plexrecommend.graph.store.GraphStore;
import io.plexrecommend.graph.store.ItemGraph;
import io.plexrecommend.rest.Echo;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The graph's REST helpers for the recommender and the UI, its status and the rebuild trigger. */
@Path("/api")
@Blocking
public class GraphResource {

    static final int MAX_LIMIT = 200;
    static final int MAX_WITH = 100;

    private final GraphStore store;
    private final ItemRelations relations;
    private final GraphRebuilder rebuilder;
    private final TextVectors textVectors;
    private final GraphChanges changes;
    private final GraphEmbeddingService embeddings;

    public GraphResource(GraphStore store, ItemRelations relations, GraphRebuilder rebuilder, TextVectors textVectors,
            GraphChanges changes, GraphEmbeddingService embeddings) {
        this.store = store;
        this.relations = relations;
        this.rebuilder = rebuilder;
        this.textVectors = textVectors;
        this.changes = changes;
        this.embeddings = embeddings;
    }

    @GET
    @Path("/status")
    @Produces(MediaType.APPLICATION_JSON)
    public ServiceStatus status() {
        GraphStatus graph = store.status();
        return new ServiceStatus(graph.items(), graph.triples(), graph.diskBytes(), graph.compactions(),
                textVectors.size(), changes.pending(), rebuilder.state(), embeddings.lastRun().orElse(null));
    }

    /** The item's named graph as sorted N-Triples, the same text its latest {@code graph-triples} event carried. */
    @GET
    @Path("/items/{mediaId}/triples")
    @Produces(MediaGraphUpdatedEvent.N_TRIPLES)
    public String triples(@PathParam("mediaId") String mediaId) {
        return store.find(validId(mediaId)).map(ItemGraph::nTriples)
                .orElseThrow(() -> new NotFoundException("no graph for " + Echo.of(mediaId)));
    }

    /** The items sharing the most attributes (genres, keywords, people, entities, ...) with this one. */
    @GET
    @Path("/items/{mediaId}/neighbours")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Neighbour> neighbours(@PathParam("mediaId") String mediaId,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT);
        }
        return relations.neighbours(validId(mediaId), limit);
    }

    /** For each {@code with} item, the attributes it shares with this one (for "same director" explanations). */
    @GET
    @Path("/items/{mediaId}/shared")
    @Produces(MediaType.APPLICATION_JSON)
    public List<SharedAttributes> shared(@PathParam("mediaId") String mediaId, @QueryParam("with") List<String> with) {
        if (with == null || with.isEmpty()) {
            throw new BadRequestException("name at least one other item: ?with=movie:tmdb:949");
        }
        if (with.size() > MAX_WITH) {
            throw new BadRequestException("at most " + MAX_WITH + " 'with' items per request");
        }
        with.forEach(GraphResource::validId);
        return relations.shared(validId(mediaId), with);
    }

    /** Rebuilds the graph from the start of {@code media-items}, in the background; see {@code /api/status}. */
    @POST
    @Path("/rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    public Response rebuild() {
        RebuildState state = rebuilder.start("requested");
        return Response.accepted(state).build();
    }

    private static String validId(String mediaId) {
        if (!MediaId.isValid(mediaId)) {
            throw new BadRequestException("'" + Echo.of(mediaId) + "' is not a media id (expected e.g. movie:tmdb:603)");
        }
        return mediaId;
    }
}
