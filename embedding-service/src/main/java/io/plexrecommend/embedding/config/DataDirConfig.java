package io.plexrecommend.embedding.config;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;

/** {@code plex-recommend.data-dir}: this service keeps its files under {@code <data-dir>/embedding/}. */
@ConfigMapping(prefix = "plex-recommend")
public interface DataDirConfig {

    Path dataDir();

    default Path serviceDir() {
        return dataDir().resolve("embedding");
    }
}
