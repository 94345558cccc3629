package io.plexrecommend.embedding.model;

import ai.djl.MalformedModelException;
import ai.djl.huggingface.translator.TextEmbeddingTranslatorFactory;
import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import io.plexrecommend.embedding.config.DataDirConfig;
import io.plexrecommend.embedding.config.EmbeddingConfig;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jboss.logging.Logger;

/**
 * The sentence model, loaded once at startup. Output vectors are mean-pooled and L2-normalized. A DJL
 * {@link Predictor} is not thread-safe, so each caller borrows one from a pool that grows to the number of threads
 * embedding at the same time.
 */
@Startup
@ApplicationScoped
public class SentenceEmbedder {

    private static final Logger LOG = Logger.getLogger(SentenceEmbedder.class);

    private final EmbeddingConfig.Model config;
    private final DataDirConfig dataDir;
    private final Queue<Predictor<String, float[]>> idle = new ConcurrentLinkedQueue<>();
    private final Queue<Predictor<String, float[]>> all = new ConcurrentLinkedQueue<>();
    private volatile ZooModel<String, float[]> model;
    private volatile int dimension;

    public SentenceEmbedder(EmbeddingConfig config, DataDirConfig dataDir) {
        this.config = config.model();
        this.dataDir = dataDir;
    }

    @PostConstruct
    void load() {
        long start = System.nanoTime();
        DjlEnvironment.configure(dataDir.serviceDir().resolve("djl"));
        String source;
        Criteria.Builder<String, float[]> builder = Criteria.builder()
                .setTypes(String.class, float[].class)
                .optEngine(config.engine());
        if (config.url().isPresent()) {
            // A DJL model-zoo or file/http URL (e.g. djl://ai.djl.huggingface.onnxruntime/...): needs the
            // network unless it is already in DJL's cache, so offline mode is lifted for this one case.
            System.setProperty("ai.djl.offline", "false");
            source = config.url().get();
            builder.optModelUrls(source);
        } else {
            Path modelDir = config.path()
                    .orElseGet(() -> BundledModelFiles.install(dataDir.serviceDir().resolve("models")));
            source = modelDir.toString();
            builder.optModelPath(modelDir);
        }
        Criteria<String, float[]> criteria = builder
                .optTranslatorFactory(new TextEmbeddingTranslatorFactory())
                .optArgument("pooling", config.pooling())
                .optArgument("normalize", "true")
                // This ONNX graph takes token_type_ids as a third input.
                .optArgument("includeTokenTypes", "true")
                .optArgument("maxLength", String.valueOf(config.maxTokens()))
                .optArgument("truncation", "true")
                .optArgument("padding", "true")
                .build();
        try {
            model = criteria.loadModel();
        } catch (IOException | ModelNotFoundException | MalformedModelException e) {
            throw new IllegalStateException("cannot load the embedding model from " + source, e);
        }
        dimension = embed("dimension probe").length;
        LOG.infof("Loaded %s from %s on %s: %d dimensions in %d ms", config.id(), source, config.engine(),
                dimension, (System.nanoTime() - start) / 1_000_000);
    }

    /** The text's embedding: {@link #dimension()} values, L2 norm 1. Empty text is allowed. */
    public float[] embed(String text) {
        Predictor<String, float[]> predictor = borrow();
        try {
            return predictor.predict(text == null ? "" : text);
        } catch (TranslateException e) {
            throw new EmbeddingFailedException("could not embed a text of " + (text == null ? 0 : text.length())
                    + " characters", e);
        } finally {
            idle.offer(predictor);
        }
    }

    /**
     * The texts' embeddings in input order, run through the model {@code batchSize} texts at a time: one padded
     * tensor per chunk is much faster than one forward pass per text. The texts are grouped by length first, so a
     * chunk pads its short texts to a similar length rather than to the one long overview among them.
     */
    public List<float[]> embedAll(List<String> texts, int batchSize) {
        float[][] vectors = new float[texts.size()][];
        if (texts.isEmpty()) {
            return List.of();
        }
        Integer[] order = new Integer[texts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> texts.get(i) == null ? 0 : texts.get(i).length()));
        Predictor<String, float[]> predictor = borrow();
        try {
            for (int from = 0; from < order.length; from += batchSize) {
                int to = Math.min(order.length, from + batchSize);
                List<String> chunk = new ArrayList<>(to - from);
                for (int k = from; k < to; k++) {
                    String text = texts.get(order[k]);
                    chunk.add(text == null ? "" : text);
                }
                List<float[]> out = predictor.batchPredict(chunk);
                for (int k = from; k < to; k++) {
                    vectors[order[k]] = out.get(k - from);
                }
            }
            return Arrays.asList(vectors);
        } catch (TranslateException e) {
            throw new EmbeddingFailedException("could not embed a batch of " + texts.size() + " texts", e);
        } finally {
            idle.offer(predictor);
        }
    }

    /** A predictor of its own, for benchmarks that compare the service with the bare model; the caller closes it. */
    public Predictor<String, float[]> newPredictor() {
        ZooModel<String, float[]> loaded = model;
        if (loaded == null) {
            throw new IllegalStateException("the embedding model is not loaded");
        }
        return loaded.newPredictor();
    }

    private Predictor<String, float[]> borrow() {
        Predictor<String, float[]> predictor = idle.poll();
        if (predictor == null) {
            ZooModel<String, float[]> loaded = model;
            if (loaded == null) {
                throw new IllegalStateException("the embedding model is not loaded");
            }
            predictor = loaded.newPredictor();
            all.add(predictor);
        }
        return predictor;
    }

    public String modelId() {
        return config.id();
    }

    public int dimension() {
        return dimension;
    }

    public boolean isLoaded() {
        return model != null && dimension > 0;
    }

    @PreDestroy
    void close() {
        all.forEach(Predictor::close);
        all.clear();
        idle.clear();
        ZooModel<String, float[]> loaded = model;
        model = null;
        if (loaded != null) {
            loaded.close();
        }
    }
}
