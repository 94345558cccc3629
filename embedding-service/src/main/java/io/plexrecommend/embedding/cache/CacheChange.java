package io.plexrecommend.embedding.cache;

/** One write to the cache: store {@code entry}, or forget {@code mediaId} when entry is null. */
public record CacheChange(String mediaId, CachedEmbedding entry) {

    public static CacheChange put(CachedEmbedding entry) {
        return new CacheChange(entry.mediaId(), entry);
    }

    public static CacheChange remove(String mediaId) {
        return new CacheChange(mediaId, null);
    }
}
