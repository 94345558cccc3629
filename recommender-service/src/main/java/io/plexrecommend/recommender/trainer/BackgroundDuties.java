package io.plexrecommend.recommender.trainer;

import io.plexrecommend.recommender.recommendation.LiveModel;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutionException;

/**
 * The original's background trainer duties, each visible in the {@link TrainerLog}: refresh the collaborative matrix
 * and priors when ratings changed, rebuild the content similarity matrix in full, and have items missing a vector or
 * holding a stale one re-embedded ({@link VectorRefresh}). (The content matrix is also updated incrementally whenever an item or vector arrives.)
 */
@ApplicationScoped
public class BackgroundDuties {

    private final LiveModel model;
    private final TrainerLog log;
    private final VectorRefresh vectors;

    BackgroundDuties(LiveModel model, TrainerLog log, VectorRefresh vectors) {
        this.model = model;
        this.log = log;
        this.vectors = vectors;
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
    void refreshVectors() {
        vectors.run();
    }
}
