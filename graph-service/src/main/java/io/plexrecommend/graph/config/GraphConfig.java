package io.plexrecommend.graph.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
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
}
