package io.plexrecommend.embedding.model;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.huggingface.translator.TextEmbeddingTranslatorFactory;
import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import ai.djl.translate.Translator;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
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
import java.util.Map;
import java.util.Queue;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
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

    /** The text length (in tokens) a full chunk is sized for; most overviews are shorter. */
    static final int BUDGET_TOKENS = 128;

    private final EmbeddingConfig.Model config;
    private final DataDirConfig dataDir;
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(20);

    /** Read: a text or batch is being embedded. Write: the model is being closed. */
    private final ReentrantReadWriteLock inUse = new ReentrantReadWriteLock();
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
        Map<String, Object> translation = Map.of(
                "pooling", config.pooling(),
                "normalize", "true",
                // This ONNX graph takes token_type_ids as a third input.
                "includeTokenTypes", "true",
                "maxLength", String.valueOf(config.maxTokens()),
                "truncation", "true",
                "padding", "true");
        try {
            if (config.url().isPresent()) {
                // A DJL model-zoo or file/http URL (e.g. djl://ai.djl.huggingface.onnxruntime/...): needs the
                // network unless it is already in DJL's cache, so offline mode is lifted for this one case.
                System.setProperty("ai.djl.offline", "false");
                source = config.url().get();
                model = Criteria.builder()
                        .setTypes(String.class, float[].class)
                        .optEngine(config.engine())
                        .optModelUrls(source)
                        .optTranslatorFactory(new TextEmbeddingTranslatorFactory())
                        .optArguments(translation)
                        .build()
                        .loadModel();
            } else {
                Path modelDir = config.path()
                        .orElseGet(() -> BundledModelFiles.install(dataDir.serviceDir().resolve("models")));
                source = modelDir.toString();
                model = loadFromDirectory(modelDir, translation);
            }
        } catch (IOException | ModelNotFoundException | MalformedModelException | TranslateException
                | OrtException e) {
            throw new IllegalStateException("cannot load the embedding model from " + config.url()
                    .orElse(config.path().map(Path::toString).orElse("the bundled files")), e);
        }
        dimension = embed("dimension probe").length;
        LOG.infof("Loaded %s from %s on %s: %d dimensions in %d ms", config.id(), source, config.engine(),
                dimension, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Loads the ONNX files of a directory with session options DJL's criteria cannot express (they can turn ONNX
     * Runtime's CPU arena on, never off), so that {@code embedding.model.cpu-arena} can choose; see
     * docs/benchmarks.md for what each costs in memory.
     */
    private ZooModel<String, float[]> loadFromDirectory(Path modelDir, Map<String, Object> translation)
            throws IOException, MalformedModelException, TranslateException, OrtException {
        Model onnx = Model.newInstance(config.id(), Device.cpu(), config.engine());
        try {
            OrtSession.SessionOptions session = new OrtSession.SessionOptions();
            session.setCPUArenaAllocator(config.cpuArena());
            session.setMemoryPatternOptimization(config.cpuArena());
            onnx.load(modelDir, null, Map.of("sessionOptions", session));
            Translator<String, float[]> translator = new TextEmbeddingTranslatorFactory()
                    .newInstance(String.class, float[].class, onnx, translation);
            return new ZooModel<>(onnx, translator);
        } catch (IOException | MalformedModelException | TranslateException | OrtException | RuntimeException e) {
            onnx.close();
            throw e;
        }
    }

    /** The text's embedding: {@link #dimension()} values, L2 norm 1. Empty text is allowed. */
    public float[] embed(String text) {
        inUse.readLock().lock();
        Predictor<String, float[]> predictor = null;
        try {
            predictor = borrow();
            return predictor.predict(text == null ? "" : text);
        } catch (TranslateException e) {
            throw new EmbeddingFailedException("could not embed a text of " + (text == null ? 0 : text.length())
                    + " characters", e);
        } finally {
            giveBack(predictor);
        }
    }

    /**
     * The texts' embeddings in input order, run through the model up to {@code batchSize} texts at a time: one
     * padded tensor per chunk is much faster than one forward pass per text. The texts are grouped by length first,
     * so a chunk pads its short texts to a similar length rather than to the one long overview among them.
     * Attention memory grows with texts × tokens², so chunks of long texts hold fewer of them: a chunk never needs
     * more than {@code batchSize} texts of {@value #BUDGET_TOKENS} tokens would, which keeps the native peak (and
     * what the allocator keeps afterwards) at a size that fits a NAS.
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
        int[] tokens = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            tokens[k] = estimatedTokens(texts.get(order[k]));
        }
        inUse.readLock().lock();
        Predictor<String, float[]> predictor = null;
        try {
            predictor = borrow();
            int from = 0;
            while (from < order.length) {
                int to = chunkEnd(tokens, from, batchSize);
                List<String> chunk = new ArrayList<>(to - from);
                for (int k = from; k < to; k++) {
                    String text = texts.get(order[k]);
                    chunk.add(text == null ? "" : text);
                }
                List<float[]> out = predictor.batchPredict(chunk);
                for (int k = from; k < to; k++) {
                    vectors[order[k]] = out.get(k - from);
                }
                from = to;
            }
            return Arrays.asList(vectors);
        } catch (TranslateException e) {
            throw new EmbeddingFailedException("could not embed a batch of " + texts.size() + " texts", e);
        } finally {
            giveBack(predictor);
        }
    }

    /**
     * Where the chunk starting at {@code from} ends (exclusive), for token estimates in ascending order: at most
     * {@code batchSize} texts, and fewer when they are long, so that texts × tokens² stays within what
     * {@code batchSize} texts of {@value #BUDGET_TOKENS} tokens need. A chunk always takes at least one text.
     */
    static int chunkEnd(int[] ascendingTokens, int from, int batchSize) {
        long budget = (long) batchSize * BUDGET_TOKENS * BUDGET_TOKENS;
        int to = from + 1;
        while (to < ascendingTokens.length && to - from < batchSize
                && (long) (to - from + 1) * ascendingTokens[to] * ascendingTokens[to] <= budget) {
            to++;
        }
        return to;
    }

    /** English prose runs at about four characters per word piece; the model truncates at maxTokens anyway. */
    private int estimatedTokens(String text) {
        int chars = text == null ? 0 : text.length();
        return Math.min(config.maxTokens(), chars / 4 + 2);
    }

    /** A predictor of its own, for benchmarks that compare the service with the bare model; the caller closes it. */
    public Predictor<String, float[]> newPredictor() {
        ZooModel<String, float[]> loaded = model;
        if (loaded == null) {
            throw new IllegalStateException("the embedding model is not loaded");
        }
        return loaded.newPredictor();
    }

    private void giveBack(Predictor<String, float[]> predictor) {
        if (predictor != null) {
            idle.offer(predictor);
        }
        inUse.readLock().unlock();
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

    /** True while a text or batch is being embedded. */
    boolean isEmbedding() {
        return inUse.getReadLockCount() > 0;
    }

    public boolean isLoaded() {
        return model != null && dimension > 0;
    }

    /**
     * Waits for the texts being embedded: closing the ONNX session under a running forward pass crashes the JVM
     * (a stop during an ingest did, before this wait).
     */
    @PreDestroy
    void close() {
        boolean idleNow = false;
        try {
            idleNow = inUse.writeLock().tryLock(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!idleNow) {
            // Leaving the native session to the process exit is safe; freeing it under a running pass is not.
            LOG.warnf("Embedding still running after %d s; the model is left to the process exit",
                    SHUTDOWN_WAIT.toSeconds());
            return;
        }
        try {
            all.forEach(Predictor::close);
            all.clear();
            idle.clear();
            ZooModel<String, float[]> loaded = model;
            model = null;
            if (loaded != null) {
                loaded.close();
            }
        } finally {
            inUse.writeLock().unlock();
        }
    }
}
