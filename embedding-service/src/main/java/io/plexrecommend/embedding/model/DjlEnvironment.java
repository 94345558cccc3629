package io.plexrecommend.embedding.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * DJL reads these system properties when it first needs them, so they are set before any model is loaded: nothing
 * may be downloaded at run time (offline mode turns an attempt into an error), and DJL's cache (extracted tokenizer
 * natives) lives in the service's data directory rather than {@code ~/.djl.ai}. A {@code DJL_CACHE_DIR} or
 * {@code DJL_OFFLINE} environment variable still wins, as DJL reads the environment first.
 */
final class DjlEnvironment {

    static void configure(Path cacheDir) {
        try {
            Files.createDirectories(cacheDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create DJL cache directory " + cacheDir, e);
        }
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("DJL_CACHE_DIR", cacheDir.toAbsolutePath().toString());
    }

    private DjlEnvironment() {
    }
}
