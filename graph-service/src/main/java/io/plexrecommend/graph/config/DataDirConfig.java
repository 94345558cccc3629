package io.plexrecommend.graph.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** The directory all services keep their files under ({@code PLEX_RECOMMEND_DATA_DIR}); this one uses {@code graph/}. */
@ConfigMapping(prefix = "plex-recommend")
public interface DataDirConfig {

    @WithDefault("data")
    Path dataDir();

    default Path serviceDir() {
        return dataDir().resolve("graph");
    }
}
