package io.plexrecommend.recommender.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * embedding-service for the background duties: asks it to re-embed items, and whether it is ready. A refresh is
 * retried briefly (a restarting service), then fails so the duty reports it; after repeated failures the circuit
 * opens and the next duty run fails at once instead of waiting on timeouts.
 */
@ApplicationScoped
public class EmbeddingClient {

    private final EmbeddingApi api;

    EmbeddingClient(@RestClient EmbeddingApi api) {
        this.api = api;
    }

    /** Clears embedding-service's embedding cache, for the global reset. */
    @Timeout(5000)
    public void clearCache() {
        api.clearCache();
    }

    /** Asks embedding-service to re-embed these items from its stored inputs; it answers before embedding them. */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 500)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 60_000)
    public EmbeddingApi.RefreshAccepted refresh(List<String> mediaIds) {
        return api.refresh(new EmbeddingApi.RefreshRequest(mediaIds));
    }

    /** Whether embedding-service answers that it is ready; for the cached dependency probe, never per request. */
    @Timeout(1000)
    @Fallback(fallbackMethod = "unreachable")
    public boolean ready() {
        api.ready();
        return true;
    }

    boolean unreachable() {
        return false;
    }
}
