package io.plexrecommend.graph.embedding;

import io.plexrecommend.events.GraphEmbeddedEvent;
import io.plexrecommend.graph.config.GraphConfig;
import io.plexrecommend.graph.messaging.GraphEmbeddingPublisher;
import io.plexrecommend.graph.store.GraphStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * One training run: snapshot the graph (a read transaction: ingest carries on), build the features, train (warm from
 * the previous run's weights when there is one), publish every item's vector with the run's {@code trainedAt}.
 */
@ApplicationScoped
public class GraphEmbeddingService {

    /** Changes when the network, its input or its loss change, so old and new vectors are never compared. */
    public static final String MODEL_ID = "graphsage-gcn-v1";

    private static final Logger LOG = Logger.getLogger(GraphEmbeddingService.class);

    private final GraphStore store;
    private final TextVectors textVectors;
    private final GraphEmbeddingPublisher publisher;
    private final GraphConfig.Embedding config;
    private final AtomicReference<EmbeddingRun> lastRun = new AtomicReference<>();
    private volatile NetworkWeights weights;

    public GraphEmbeddingService(GraphStore store, TextVectors textVectors, GraphEmbeddingPublisher publisher,
            GraphConfig config) {
        this.store = store;
        this.textVectors = textVectors;
        this.publisher = publisher;
        this.config = config.embedding();
    }

    /** Trains and publishes; not concurrent with itself (the scheduler skips a check while a run is going). */
    public synchronized Optional<EmbeddingRun> run() {
        long started = System.nanoTime();
        GraphSnapshot graph = GraphSnapshot.read(store);
        if (graph.itemCount() == 0) {
            return Optional.empty();
        }
        NodeFeatures features = NodeFeatures.of(graph, textVectors::get);
        boolean warm = weights != null;
        int epochs = warm ? config.warmEpochs() : config.epochs();
        long trainStarted = System.nanoTime();
        GraphSageGcn.Result result = new GraphSageGcn(config.hidden(), config.dimension(), config.negatives(),
                config.learningRate(), config.seed()).train(graph, features, weights, epochs);
        long trainMillis = (System.nanoTime() - trainStarted) / 1_000_000;
        weights = result.weights();
        Instant trainedAt = Instant.now();
        List<GraphEmbeddedEvent> events = new ArrayList<>(graph.itemCount());
        for (int i = 0; i < graph.itemCount(); i++) {
            events.add(GraphEmbeddedEvent.of(graph.mediaIds().get(i), MODEL_ID, trainedAt, result.itemVectors()[i]));
        }
        publisher.publishAll(events);
        EmbeddingRun run = new EmbeddingRun(MODEL_ID, trainedAt, graph.itemCount(), graph.attributes().size(),
                graph.edgeCount(), epochs, warm, result.firstLoss(), result.lastLoss(), trainMillis,
                (System.nanoTime() - started) / 1_000_000);
        lastRun.set(run);
        LOG.infof("Graph embeddings: %d items, %d attributes, %d edges, %d epochs (%s), loss %.3f -> %.3f, "
                + "trained in %d ms, %d ms in all", run.items(), run.attributes(), run.edges(), epochs,
                warm ? "warm" : "fresh", run.firstLoss(), run.lastLoss(), trainMillis, run.totalMillis());
        return Optional.of(run);
    }

    public Optional<EmbeddingRun> lastRun() {
        return Optional.ofNullable(lastRun.get());
    }
}
