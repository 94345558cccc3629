package io.plexrecommend.scanner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** The directory all services share ({@code PLEX_RECOMMEND_DATA_DIR}); the scanner's own files go below {@code scanner/}. */
@ConfigMapping(prefix = "plex-recommend")
public interface DataDirConfig {

    @WithDefault("data")
    Path dataDir();

    default Path scannerDir() {
        return dataDir().resolve("scanner");
    }
}
