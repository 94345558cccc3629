package io.plexrecommend.graph.embedding;

import io.plexrecommend.events.GraphEmbeddedEvent;
import io.plexrecommend.graph.config.DataDirConfig;
import io.plexrecommend.graph.config.GraphConfig;
import io.plexrecommend.graph.messaging.GraphEmbeddingPublisher;
import io.plexrecommend.graph.store.GraphStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * One training run: snapshot the graph (a read transaction: ingest carries on), build the features, train (warm from
 * the previous run's model, or the one saved by the previous process), save the model, publish every item's vector
 * with the run's {@code trainedAt}.
 */
@ApplicationScoped
public class GraphEmbeddingService {

    /** Changes when the network, its input or its loss change, so old and new vectors are never compared. */
    public static final String MODEL_ID = "graphsage-gcn-v2";

    private static final Logger LOG = Logger.getLogger(GraphEmbeddingService.class);

    private final GraphStore store;
    private final TextVectors textVectors;
    private final GraphEmbeddingPublisher publisher;
    private final GraphConfig.Embedding config;
    private final GraphModelFile modelFile;
    private final AtomicReference<EmbeddingRun> lastRun = new AtomicReference<>();
    private volatile GraphModel model;

    @Inject
    public GraphEmbeddingService(GraphStore store, TextVectors textVectors, GraphEmbeddingPublisher publisher,
            GraphConfig config, DataDirConfig dataDir) {
        this(store, textVectors, publisher, config.embedding(), new GraphModelFile(
                config.embedding().modelFile().orElse(dataDir.serviceDir().resolve("model.bin"))));
    }

    /** Starts from the model saved in {@code modelFile}, if there is a readable one. */
    public GraphEmbeddingService(GraphStore store, TextVectors textVectors, GraphEmbeddingPublisher publisher,
            GraphConfig.Embedding config, GraphModelFile modelFile) {
        this.store = store;
        this.textVectors = textVectors;
        this.publisher = publisher;
        this.config = config;
        this.modelFile = modelFile;
        this.model = modelFile.load().orElse(null);
    }

    /** Trains and publishes; not concurrent with itself (the scheduler skips a check while a run is going). */
    public synchronized Optional<EmbeddingRun> run() {
        long started = System.nanoTime();
        GraphSnapshot graph = GraphSnapshot.read(store);
        if (graph.itemCount() == 0) {
            return Optional.empty();
        }
        int projected = config.projectedDimension();
        int textDimension = NodeFeatures.textDimension(graph, textVectors::get, projected);
        GraphModel previous = model;
        boolean warm = previous != null
                && previous.fits(MODEL_ID, textDimension, projected, config.hidden(), config.dimension());
        TextProjection projection = warm ? previous.projection()
                : TextProjection.random(textDimension, projected, config.seed());
        NodeFeatures features = NodeFeatures.of(graph, textVectors::get, projection);
        long trainStarted = System.nanoTime();
        GraphSageGcn.Result result = new GraphSageGcn(config.hidden(), config.dimension(), config.negatives(),
                config.learningRate(), config.seed(), config.batchEdges())
                .train(graph, features, warm ? previous.weights() : null,
                        warm ? config.warmMaxSteps() : config.maxSteps());
        long trainMillis = (System.nanoTime() - trainStarted) / 1_000_000;
        model = new GraphModel(MODEL_ID, projection, result.weights());
        save(model);
        Instant trainedAt = Instant.now();
        List<GraphEmbeddedEvent> events = new ArrayList<>(graph.itemCount());
        for (int i = 0; i < graph.itemCount(); i++) {
            events.add(GraphEmbeddedEvent.of(graph.mediaIds().get(i), MODEL_ID, trainedAt, result.itemVectors()[i]));
        }
        publisher.publishAll(events);
        EmbeddingRun run = new EmbeddingRun(MODEL_ID, trainedAt, graph.itemCount(), graph.attributes().size(),
                graph.edgeCount(), result.steps(), result.converged(), warm, result.firstLoss(), result.lastLoss(),
                trainMillis, (System.nanoTime() - started) / 1_000_000);
        lastRun.set(run);
        LOG.infof("Graph embeddings: %d items, %d attributes, %d edges, %d steps (%s, %s), held-out loss %.3f -> %.3f, "
                + "trained in %d ms, %d ms in all", run.items(), run.attributes(), run.edges(), run.steps(),
                warm ? "warm" : "fresh", run.converged() ? "converged" : "step limit", run.firstLoss(), run.lastLoss(),
                trainMillis, run.totalMillis());
        return Optional.of(run);
    }

    /** A model that cannot be saved only costs the next process a fresh start; the run's vectors still count. */
    private void save(GraphModel trained) {
        try {
            modelFile.save(trained);
        } catch (IOException e) {
            LOG.warnf("Could not save the graph model to %s (%s); a restart will train from fresh weights",
                    modelFile.path(), e.getMessage());
        }
    }

    public Optional<EmbeddingRun> lastRun() {
        return Optional.ofNullable(lastRun.get());
    }
}
