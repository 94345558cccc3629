package io.plexrecommend.recommender.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** The directory every Plex Recommend service keeps its files under (env {@code PLEX_RECOMMEND_DATA_DIR}). */
@ConfigMapping(prefix = "plex-recommend")
public interface DataDirConfig {

    /** This service uses {@code <data-dir>/recommender/}. */
    @WithDefault("data")
    Path dataDir();
}
