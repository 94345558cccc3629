package io.plexrecommend.embedding.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.embedding.cache.CachedEmbedding;
import io.plexrecommend.embedding.cache.EmbeddingCache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class CacheResourceTest {

    @Inject
    EmbeddingCache cache;

    @Test
    void deletingTheCacheForgetsEveryEntrySoItemsAreEmbeddedAgain() {
        for (int i = 0; i < 3; i++) {
            cache.put(new CachedEmbedding("movie:tmdb:77700" + i, "sha256:x" + i, "some/model", "text " + i,
                    "features-v1", new float[] {1f}));
        }
        assertThat(cache.get("movie:tmdb:777000")).isPresent();

        given().when().delete("/api/cache")
                .then().statusCode(200).body("removed", greaterThanOrEqualTo(3));

        assertThat(cache.get("movie:tmdb:777000")).isEmpty();
        assertThat(cache.get("movie:tmdb:777002")).isEmpty();
        assertThat(cache.embeddedByOtherModel("", 10)).isEmpty();
    }
}
