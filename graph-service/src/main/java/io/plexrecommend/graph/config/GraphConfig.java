package io.plexrecommend.graph.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The graph service's settings ({@code graph.*}; environment variables such as {@code GRAPH_MAX_CAST} override). */
@ConfigMapping(prefix = "graph")
public interface GraphConfig {

    /** The TDB2 database directory; when unset, {@code <plex-recommend.data-dir>/graph/tdb2}. */
    Optional<Path> tdb2Dir();

    /**
     * How many of an item's cast (in billing order) become {@code schema:actor} edges. Leads say more about a title
     * than the hundredth extra, and every actor edge links the title to others in graph algorithms.
     */
    @WithDefault("15")
    int maxCast();

    /** How many of an item's keywords become {@code schema:keywords} edges. */
    @WithDefault("30")
    int maxKeywords();

    /**
     * How many entities (noun phrases and proper names) of an item's overview become {@code schema:mentions} edges,
     * in order of first mention.
     */
    @WithDefault("20")
    int maxEntities();

    /**
     * The longest one item's mapping to triples (entity extraction included) may take. An item that takes longer is
     * dead-lettered and the batch goes on without it, so one hostile record cannot stall the consumer; a normal
     * item takes milliseconds.
     */
    @WithDefault("20s")
    Duration maxMappingTime();

    Compaction compaction();

    Sparql sparql();

    Embedding embedding();

    /** Rebuild from the start of {@code media-items} when the store is empty at start and the topic is not. */
    @WithDefault("true")
    boolean rebuildWhenEmpty();

    /** The read-only SPARQL endpoint's limits. */
    interface Sparql {

        /** A query running longer is cancelled and answered with an error ({@code GRAPH_SPARQL_TIMEOUT}). */
        @WithDefault("10s")
        Duration timeout();

        /** At most this many result rows; a query without a LIMIT, or with a larger one, gets this one. */
        @WithDefault("10000")
        long maxRows();
    }

    /** The graph embeddings: network size, training and when it runs (see the README, "Graph embeddings"). */
    interface Embedding {

        /** Off: no training and nothing published on {@code graph-embeddings}. */
        @WithDefault("true")
        boolean enabled();

        /** Train once the graph and the text vectors have not changed for this long. */
        @WithDefault("30s")
        Duration debounce();

        /** ... but no later than this after the first unprocessed change, even if changes keep coming. */
        @WithDefault("10m")
        Duration maxDelay();

        /** How often the scheduler asks whether a run is due (the debounce's resolution). */
        @WithDefault("5s")
        Duration checkEvery();

        /** The published vector's length. */
        @WithDefault("64")
        int dimension();

        /** The GCN layer's width. */
        @WithDefault("128")
        int hidden();

        /** The text vectors' width after the fixed random projection applied before the first layer. */
        @WithDefault("64")
        int projectedDimension();

        /** Item–attribute edges scored per training step (the whole graph still runs forward every step). */
        @WithDefault("8192")
        int batchEdges();

        /**
         * At most this many steps in a run from fresh weights; it stops earlier once the held-out loss is flat. 200
         * keeps a first training of 10,000 titles under a minute on two cores (docs/benchmarks.md).
         */
        @WithDefault("200")
        int maxSteps();

        /** At most this many steps in a run that starts from the previous (or saved) weights. */
        @WithDefault("100")
        int warmMaxSteps();

        /** Where the trained model (projection and weights) is saved; when unset, {@code <data-dir>/graph/model.bin}. */
        Optional<Path> modelFile();

        /** Corrupted (negative) edges per positive edge. */
        @WithDefault("2")
        int negatives();

        @WithDefault("0.01")
        float learningRate();

        /** Seed of weights and negative sampling: the same graph and seed train the same vectors. */
        @WithDefault("42")
        long seed();
    }

    /**
     * When the TDB2 database is compacted. TDB2 writes copy-on-write: every changing write transaction (one per
     * changed item) leaves its replaced blocks on disk until a compaction copies the live data to a new generation
     * and deletes the old one.
     */
    interface Compaction {

        /**
         * Compact once this many item graphs changed ({@code GRAPH_COMPACTION_AFTER_WRITES}). Each change leaves old
         * index blocks behind (up to about 1 MB when written alone, much less in a batch); 0 turns this trigger off.
         */
        @WithDefault("500")
        long afterWrites();

        /**
         * Compact pending writes once none came for this long ({@code GRAPH_COMPACTION_IDLE_AFTER}, e.g. {@code 5m});
         * checked every minute. {@code 0s} turns this trigger off.
         */
        @WithDefault("5m")
        Duration idleAfter();
    }
}
