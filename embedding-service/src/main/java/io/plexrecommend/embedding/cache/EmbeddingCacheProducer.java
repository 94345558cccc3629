package io.plexrecommend.embedding.cache;

import io.plexrecommend.embedding.config.DataDirConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The service's cache lives at {@code <data-dir>/embedding/cache.db}. */
@ApplicationScoped
public class EmbeddingCacheProducer {

    @Produces
    @Singleton
    EmbeddingCache cache(DataDirConfig dataDir) {
        return new EmbeddingCache(dataDir.serviceDir().resolve("cache.db"));
    }

    void close(@Disposes EmbeddingCache cache) {
        cache.close();
    }
}
