package io.plexrecommend.embedding.rest;

import io.plexrecommend.embedding.cache.CachedEmbedding;
import io.plexrecommend.embedding.cache.EmbeddingCache;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * {@code DELETE /api/cache}: forgets every cached embedding input, so each item is embedded again the next time it
 * is seen (the recommender's global reset calls it). Written against the cache's public operations only: entries are
 * listed in pages ("embedded by a model other than none", i.e. all) and removed.
 */
@Path("/api/cache")
public class CacheResource {

    private static final String NO_MODEL = "";
    private static final int PAGE = 500;

    private final EmbeddingCache cache;

    public CacheResource(EmbeddingCache cache) {
        this.cache = cache;
    }

    /** @return {@code {"removed": N}} */
    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Long> clear() {
        long removed = 0;
        List<CachedEmbedding> page;
        while (!(page = cache.embeddedByOtherModel(NO_MODEL, PAGE)).isEmpty()) {
            for (CachedEmbedding entry : page) {
                cache.remove(entry.mediaId());
                removed++;
            }
        }
        return Map.of("removed", removed);
    }
}
