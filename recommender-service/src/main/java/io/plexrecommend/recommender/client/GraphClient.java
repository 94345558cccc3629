package io.plexrecommend.recommender.client;

import io.plexrecommend.recommender.recommendation.Explanation.Shared;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * What an item shares with others in the knowledge graph, for explanations. Best effort: a slow or unreachable
 * graph-service costs at most the timeout, and after repeated failures the circuit opens and explanations go without
 * graph facts at once.
 */
@ApplicationScoped
public class GraphClient {

    private final GraphApi api;

    GraphClient(@RestClient GraphApi api) {
        this.api = api;
    }

    /** @return per other media id, the shared attributes (relation and label); empty when graph is unavailable */
    @Timeout(500)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
    @Fallback(fallbackMethod = "nothingShared")
    public Map<String, List<Shared>> shared(String mediaId, List<String> with) {
        Map<String, List<Shared>> result = new java.util.HashMap<>();
        for (GraphApi.SharedWith other : api.shared(mediaId, with)) {
            if (other.mediaId() != null && other.shared() != null) {
                result.put(other.mediaId(), other.shared().stream()
                        .filter(s -> s.relation() != null && s.label() != null)
                        .map(s -> new Shared(s.relation(), s.label())).toList());
            }
        }
        return result;
    }

    Map<String, List<Shared>> nothingShared(String mediaId, List<String> with) {
        return Map.of();
    }

    /** Whether graph-service answers that it is ready; for the cached dependency probe, never per request. */
    @Timeout(1000)
    @Fallback(fallbackMethod = "unreachable")
    public boolean ready() {
        api.ready();
        return true;
    }

    boolean unreachable() {
        return false;
    }

    /** Asks graph-service to rebuild from the start of media-items. */
    @Timeout(5000)
    public void rebuild() {
        api.rebuild();
    }
}
