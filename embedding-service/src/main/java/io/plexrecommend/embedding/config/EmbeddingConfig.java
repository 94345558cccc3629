package io.plexrecommend.embedding.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** {@code embedding.*}: which sentence model turns an item's text into a vector. */
@ConfigMapping(prefix = "embedding")
public interface EmbeddingConfig {

    Model model();

    /**
     * Texts per forward pass ({@code batchPredict}). Larger batches pad more; 32 is where throughput levels off
     * for overview-length texts on a 2-core CPU.
     */
    @WithDefault("32")
    int batchSize();

    /** Re-embed, in the background, every cached item that was embedded with another model id. */
    @WithDefault("true")
    boolean reembedOnModelChange();

    interface Model {

        /**
         * Published as {@code modelId} and part of every content hash: change it whenever the model changes, so
         * every item is embedded again and consumers know the vectors are not comparable with the old ones.
         */
        @WithDefault("sentence-transformers/all-MiniLM-L6-v2")
        String id();

        /**
         * A directory holding {@code model.onnx} (or one {@code *.onnx}) and {@code tokenizer.json} of another
         * sentence-transformers model. Unset: the bundled all-MiniLM-L6-v2, copied once to
         * {@code <data-dir>/embedding/models/all-MiniLM-L6-v2/}.
         */
        Optional<Path> path();

        /**
         * Instead of a path: a DJL model URL ({@code djl://...}, {@code https://...}, {@code file:...}) resolved
         * through DJL's model zoo. Needs network access on first load; wins over {@code path}.
         */
        Optional<String> url();

        /** DJL engine name; the service ships only ONNX Runtime. */
        @WithDefault("OnnxRuntime")
        String engine();

        /** Longer texts are truncated to this many tokens (all-MiniLM-L6-v2 was trained on 256). */
        @WithDefault("256")
        int maxTokens();

        /**
         * ONNX Runtime's CPU arena (and memory patterns). On by default: with chunks sized by tokens, the arena's
         * peak was lower than glibc's fragmentation without it (597 vs 671 MB anon for 1,000 titles,
         * docs/benchmarks.md). Only used for models loaded from a directory.
         */
        @WithDefault("true")
        boolean cpuArena();

        /** Mean pooling is what sentence-transformers uses for all-MiniLM-L6-v2. */
        @WithDefault("mean")
        String pooling();
    }
}
