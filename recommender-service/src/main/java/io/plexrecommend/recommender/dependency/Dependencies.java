package io.plexrecommend.recommender.dependency;

import io.plexrecommend.recommender.catalog.CatalogStatus;
import io.plexrecommend.recommender.client.EmbeddingClient;
import io.plexrecommend.recommender.client.GraphClient;
import io.plexrecommend.recommender.config.RecommenderConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether the services the recommender leans on answer, and how many items still wait for a text vector. Probed at
 * most once per {@code recommender.dependencies.probe-every} (their {@code /q/health/ready}, with a short timeout), so
 * health checks and status calls never fan out to other services per request. Either being down never stops
 * recommendations: they are served from what is already known.
 */
@ApplicationScoped
public class Dependencies {

    /** One probe's result; {@link #asMap()} is the shape of the health check's data and of {@code /api/status}. */
    public record Snapshot(boolean embeddingUp, boolean graphUp, long itemsWithoutVectors, long probedAt) {

        public Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("embedding-service", embeddingUp ? "up" : "down");
            map.put("graph-service", graphUp ? "up" : "down");
            map.put("itemsWithoutVectors", itemsWithoutVectors);
            return map;
        }
    }

    private final EmbeddingClient embedding;
    private final GraphClient graph;
    private final CatalogStatus catalog;
    private final long probeEveryNanos;
    private volatile Snapshot last;

    Dependencies(EmbeddingClient embedding, GraphClient graph, CatalogStatus catalog, RecommenderConfig config) {
        this.embedding = embedding;
        this.graph = graph;
        this.catalog = catalog;
        this.probeEveryNanos = config.dependencies().probeEvery().toNanos();
    }

    /** The last probe if it is recent enough, else a new one (one caller probes, the others wait for its answer). */
    public Snapshot now() {
        Snapshot known = last;
        if (known != null && System.nanoTime() - known.probedAt() < probeEveryNanos) {
            return known;
        }
        synchronized (this) {
            known = last;
            if (known == null || System.nanoTime() - known.probedAt() >= probeEveryNanos) {
                CatalogStatus.Counts counts = catalog.counts();
                known = new Snapshot(embedding.ready(), graph.ready(), counts.itemsKnown() - counts.itemsEmbedded(),
                        System.nanoTime());
                last = known;
            }
            return known;
        }
    }
}
