package io.plexrecommend.graph.embedding;

import io.plexrecommend.graph.config.GraphConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Starts a training run in the background when one is due ({@link GraphChanges}). Runs on the scheduler's worker,
 * never on the Kafka consumer's thread: ingest only marks the graph changed.
 */
@ApplicationScoped
public class GraphEmbeddingSchedule {

    private static final Logger LOG = Logger.getLogger(GraphEmbeddingSchedule.class);

    private final GraphChanges changes;
    private final GraphEmbeddingService service;
    private final GraphConfig.Embedding config;

    public GraphEmbeddingSchedule(GraphChanges changes, GraphEmbeddingService service, GraphConfig config) {
        this.changes = changes;
        this.service = service;
        this.config = config.embedding();
    }

    @Scheduled(every = "${graph.embedding.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void trainWhenDue() {
        if (!config.enabled() || !changes.takeIfDue(config.debounce(), config.maxDelay())) {
            return;
        }
        try {
            service.run();
        } catch (RuntimeException e) {
            // The changes are lost to this run only: mark them again so the next check retries.
            changes.graphChanged();
            LOG.errorf(e, "Training the graph embeddings failed; retrying after the next debounce");
        }
    }
}
