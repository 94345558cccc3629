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
        Path modelDir = config.path().orElseGet(() -> BundledModelFiles.install(dataDir.serviceDir().resolve("models")));
        Criteria<String, float[]> criteria = Criteria.builder()
                .setTypes(String.class, float[].class)
                .optEngine(config.engine())
                .optModelPath(modelDir)
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
            throw new IllegalStateException("cannot load the embedding model from " + modelDir, e);
        }
        dimension = embed("dimension probe").length;
        LOG.infof("Loaded %s from %s on %s: %d dimensions in %d ms", config.id(), modelDir, config.engine(),
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
