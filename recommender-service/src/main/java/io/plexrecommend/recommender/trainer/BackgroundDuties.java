package io.plexrecommend.recommender.trainer;

import io.plexrecommend.recommender.catalog.ItemEmbeddingEntity;
import io.plexrecommend.recommender.catalog.MediaItemEntity;
import io.plexrecommend.recommender.config.RecommenderConfig;
import io.plexrecommend.recommender.recommendation.LiveModel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.ExecutionException;

/**
 * The original's background trainer duties, each visible in the {@link TrainerLog}: refresh the collaborative matrix
 * and priors when ratings changed, rebuild the content similarity matrix in full, and report items missing a vector
 * or holding a stale one. (The content matrix is also updated incrementally whenever an item or vector arrives.)
 */
@ApplicationScoped
public class BackgroundDuties {

    private final LiveModel model;
    private final TrainerLog log;
    private final RecommenderConfig.Duties config;

    BackgroundDuties(LiveModel model, TrainerLog log, RecommenderConfig config) {
        this.model = model;
        this.log = log;
        this.config = config.duties();
    }

    /** Also rebuilds the content matrix in full when a large part of the catalog changed since the last build. */
    @Scheduled(every = "${recommender.duties.collaborative-refresh:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshCollaborative() throws InterruptedException, ExecutionException {
        if (model.largelyChanged()) {
            rebuildNow();
        }
        long start = System.nanoTime();
        if (model.refreshCollaborative(false).get()) {
            log.write("retrain", "co-rating matrix and priors refreshed over " + model.size() + " items in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms", 100);
        }
    }

    @Scheduled(every = "${recommender.duties.similarity-rebuild:1h}", delayed = "1h",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void rebuildSimilarity() throws InterruptedException, ExecutionException {
        rebuildNow();
    }

    public void rebuildNow() throws InterruptedException, ExecutionException {
        log.write("similarity", "rebuilding the content similarity matrix of " + model.size() + " items", 0);
        long millis = model.rebuildContent().get();
        log.write("similarity", "content similarity matrix rebuilt in " + millis + " ms", 100);
    }

    @Scheduled(every = "${recommender.duties.vector-check:1h}", delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkVectors() {
        Instant staleBefore = Instant.now().minus(config.staleAfter());
        long[] counts = QuarkusTransaction.requiringNew().call(() -> new long[] {
                MediaItemEntity.count("removed = false and mediaId not in (select e.mediaId from ItemEmbeddingEntity e)"),
                ItemEmbeddingEntity.count("updatedAt < ?1", staleBefore)});
        // Vectors are produced by embedding-service from media-items; it re-embeds whatever it has not published,
        // so the recommender reports the gap rather than writing to another service's topic.
        log.write("vectors", counts[0] + " items without a text vector, " + counts[1]
                + " vectors older than " + config.staleAfter().toDays() + " days", null);
    }
}
