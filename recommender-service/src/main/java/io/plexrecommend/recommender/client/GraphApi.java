package io.plexrecommend.recommender.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** graph-service's HTTP API, as far as the recommender uses it. */
@RegisterRestClient(configKey = "graph-service")
interface GraphApi {

    record SharedNode(String relation, String label, String node) {
    }

    record SharedWith(String mediaId, List<SharedNode> shared) {
    }

    @GET
    @Path("/api/items/{id}/shared")
    List<SharedWith> shared(@PathParam("id") String mediaId, @QueryParam("with") List<String> with);

    @POST
    @Path("/api/rebuild")
    void rebuild();

    @GET
    @Path("/q/health/ready")
    void ready();
}
