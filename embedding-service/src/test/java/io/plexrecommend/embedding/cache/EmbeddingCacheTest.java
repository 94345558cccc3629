package io.plexrecommend.embedding.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingCacheTest {

    private static CachedEmbedding entry(String id, String hash, String model) {
        return new CachedEmbedding(id, hash, model, "Text of " + id, "features-v1", new float[] {0.5f, -1f, 1e-7f});
    }

    @Test
    void aNewInstanceOnTheSameFileRemembersWhatTheOldOneStored() throws Exception {
        Path file = Files.createTempDirectory("embedding-cache").resolve("sub/cache.db");
        try (EmbeddingCache first = new EmbeddingCache(file)) {
            first.put(entry("movie:tmdb:1", "sha256:a", "m1"));
            first.put(entry("movie:tmdb:2", "sha256:b", "m1"));
            first.put(entry("movie:tmdb:2", "sha256:c", "m1"));
            first.put(entry("movie:tmdb:3", "sha256:d", "m1"));
            first.remove("movie:tmdb:3");
        }

        try (EmbeddingCache restarted = new EmbeddingCache(file)) {
            CachedEmbedding one = restarted.get("movie:tmdb:1").orElseThrow();
            assertThat(one.contentHash()).isEqualTo("sha256:a");
            assertThat(one.modelId()).isEqualTo("m1");
            assertThat(one.text()).isEqualTo("Text of movie:tmdb:1");
            assertThat(one.featureSchema()).isEqualTo("features-v1");
            assertThat(one.features()).containsExactly(0.5f, -1f, 1e-7f);
            assertThat(restarted.get("movie:tmdb:2").orElseThrow().contentHash()).isEqualTo("sha256:c");
            assertThat(restarted.get("movie:tmdb:3")).isEmpty();
            assertThat(restarted.countByModel("m1")).isEqualTo(2);
        }
    }

    @Test
    void changesOfABatchApplyInOrderAndOtherModelsAreFound() throws Exception {
        Path file = Files.createTempDirectory("embedding-cache").resolve("cache.db");
        try (EmbeddingCache cache = new EmbeddingCache(file)) {
            cache.apply(List.of(CacheChange.put(entry("a", "h1", "old")), CacheChange.remove("a"),
                    CacheChange.put(entry("a", "h2", "old")), CacheChange.put(entry("b", "h3", "new")),
                    CacheChange.put(entry("c", "h4", "old"))));

            assertThat(cache.get("a").orElseThrow().contentHash()).isEqualTo("h2");
            assertThat(cache.embeddedByOtherModel("new", 10)).extracting(CachedEmbedding::mediaId)
                    .containsExactlyInAnyOrder("a", "c");
            assertThat(cache.embeddedByOtherModel("new", 1)).hasSize(1);
            assertThat(cache.embeddedByOtherModel("old", 10)).extracting(CachedEmbedding::mediaId)
                    .containsExactly("b");
        }
    }
}
