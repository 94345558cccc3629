package io.plexrecommend.recommender.client;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** embedding-service's HTTP API, as far as the recommender uses it (global reset, re-embed requests, readiness). */
@RegisterRestClient(configKey = "embedding-service")
public interface EmbeddingApi {

    record RefreshRequest(List<String> mediaIds) {
    }

    record RefreshAccepted(int accepted, List<String> unknown) {
    }

    @DELETE
    @Path("/api/cache")
    void clearCache();

    @POST
    @Path("/api/embeddings/refresh")
    RefreshAccepted refresh(RefreshRequest request);

    @GET
    @Path("/q/health/ready")
    void ready();
}
