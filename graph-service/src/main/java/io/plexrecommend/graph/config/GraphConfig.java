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

    Compaction compaction();

    /**
     * When the TDB2 database is compacted. TDB2 writes copy-on-write: every changing write transaction (one per
     * changed item) leaves its replaced blocks on disk until a compaction copies the live data to a new generation
     * and deletes the old one.
     */
    interface Compaction {

        /**
         * Compact once this many changing write transactions are pending ({@code GRAPH_COMPACTION_AFTER_WRITES}).
         * Each leaves roughly 0.1-1 MB behind, growing with the database; 0 turns this trigger off.
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
