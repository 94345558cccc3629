package io.plexrecommend.recommender.trainer;

import io.plexrecommend.recommender.catalog.VectorGaps;
import io.plexrecommend.recommender.client.EmbeddingApi;
import io.plexrecommend.recommender.client.EmbeddingClient;
import io.plexrecommend.recommender.config.RecommenderConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The original's vector duty: finds items without a text vector and vectors older than
 * {@code recommender.duties.stale-after}, and asks embedding-service to re-embed them
 * ({@code POST /api/embeddings/refresh}); the new vectors arrive on {@code media-embeddings} like any other. Vectors
 * are embedding-service's to produce, so the recommender asks rather than writing to its topic.
 */
@ApplicationScoped
public class VectorRefresh {

    private static final Logger LOG = Logger.getLogger(VectorRefresh.class);
    /** Ids per request: keeps each request body small (≈ 20 KB) whatever the catalog size. */
    static final int BATCH = 500;

    /** What one run found and what embedding-service made of it. */
    public record Outcome(int missing, int stale, int accepted, List<String> unknown, String problem) {
    }

    private final VectorGaps gaps;
    private final EmbeddingClient embedding;
    private final TrainerLog log;
    private final Duration staleAfter;

    VectorRefresh(VectorGaps gaps, EmbeddingClient embedding, TrainerLog log, RecommenderConfig config) {
        this.gaps = gaps;
        this.embedding = embedding;
        this.log = log;
        this.staleAfter = config.duties().staleAfter();
    }

    public Outcome run() {
        List<String> missing = gaps.missing();
        List<String> stale = gaps.staleBefore(Instant.now().minus(staleAfter));
        String found = missing.size() + " items without a text vector, " + stale.size() + " vectors older than "
                + staleAfter.toDays() + " days";
        Set<String> wanted = new LinkedHashSet<>(missing);
        wanted.addAll(stale);
        if (wanted.isEmpty()) {
            log.write("vectors", found, 100);
            return new Outcome(0, 0, 0, List.of(), null);
        }
        log.write("vectors", found + ": asking embedding-service to re-embed them", 0);
        List<String> ids = new ArrayList<>(wanted);
        int accepted = 0;
        List<String> unknown = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            try {
                EmbeddingApi.RefreshAccepted answer = embedding.refresh(batch);
                accepted += answer.accepted();
                if (answer.unknown() != null) {
                    unknown.addAll(answer.unknown());
                }
            } catch (RuntimeException e) {
                LOG.warnf("embedding-service did not take a re-embed request: %s", e.toString());
                String problem = "embedding-service unreachable (" + e.getClass().getSimpleName() + "); "
                        + (ids.size() - from) + " items wait for the next run";
                log.write("vectors", problem, null);
                return new Outcome(missing.size(), stale.size(), accepted, unknown, problem);
            }
            log.write("vectors", "re-embed requested for " + Math.min(ids.size(), from + BATCH) + " of "
                    + ids.size() + " items", 100 * Math.min(ids.size(), from + BATCH) / ids.size());
        }
        log.write("vectors", accepted + " items queued for re-embedding" + (unknown.isEmpty() ? ""
                : "; embedding-service has no input for " + unknown.size() + " (they come with their next scan)"),
                100);
        return new Outcome(missing.size(), stale.size(), accepted, unknown, null);
    }
}
