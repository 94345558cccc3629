package io.plexrecommend.recommender.client;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** embedding-service's cache endpoint, for the global reset. */
@RegisterRestClient(configKey = "embedding-service")
@Path("/api/cache")
public interface EmbeddingApi {

    @DELETE
    @Timeout(5000)
    void clearCache();
}
