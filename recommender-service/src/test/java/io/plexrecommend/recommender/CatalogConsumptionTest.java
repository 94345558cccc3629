package io.plexrecommend.recommender;

import static io.plexrecommend.recommender.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.MediaRemovedEvent;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.events.Topics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FreshDatabaseTestResource.class)
class CatalogConsumptionTest {

    @Test
    void itemsEmbeddingsAndGraphUpdatesShowInStatusAndRecommendations() {
        JsonPath before = status();
        String movie = newMediaId(MediaType.MOVIE);
        String show = newMediaId(MediaType.SHOW);

        discover(item(movie, "Catalog Movie").build());
        discover(item(show, "Catalog Show").build());
        embed(movie, "catalog-test-model", 0.5f, -0.5f, 0.5f, 0.5f);
        graph(movie, 3);
        graph(show, 0);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath now = status();
            assertThat(now.getLong("itemsKnown")).isEqualTo(before.getLong("itemsKnown") + 2);
            assertThat(now.getLong("itemsEmbedded")).isEqualTo(before.getLong("itemsEmbedded") + 1);
            assertThat(now.getLong("itemsInGraph")).isEqualTo(before.getLong("itemsInGraph") + 1);
        });

        String profile = newProfile();
        List<String> movies = recommendedIds(profile, "movie");
        assertThat(movies).contains(movie).doesNotContain(show);
        assertThat(recommendedIds(profile, "show")).contains(show).doesNotContain(movie);
        given().queryParam("type", "movie").queryParam("limit", 100)
                .get("/api/profiles/{p}/recommendations", profile)
                .then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.mediaId == '" + movie + "' }.title", String.class)
                .forEach(title -> assertThat(title).isEqualTo("Catalog Movie"));
    }

    @Test
    void aRemovedItemIsNoLongerKnownNorRecommended() {
        String movie = newMediaId(MediaType.MOVIE);
        discover(item(movie, "Soon Gone").build());
        awaitKnown(movie);
        long known = status().getLong("itemsKnown");

        publish(Topics.MEDIA_ITEMS, MediaRemovedEvent.of(movie, "no longer in Plex library section 1"));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(status().getLong("itemsKnown")).isEqualTo(known - 1));
        assertThat(recommendedIds(newProfile(), "movie")).doesNotContain(movie);
    }

    @Test
    void recommendationsAnswerWithTheDocumentedFieldsAndHonourTheLimit() {
        String a = newMediaId(MediaType.MOVIE);
        String b = newMediaId(MediaType.MOVIE);
        discover(item(a, "Limit One").build());
        discover(item(b, "Limit Two").build());
        awaitKnown(a, b);

        JsonPath one = given().queryParam("type", "movie").queryParam("limit", 1)
                .get("/api/profiles/{p}/recommendations", newProfile())
                .then().statusCode(200).extract().jsonPath();
        assertThat(one.getList("$")).hasSize(1);
        assertThat(one.getMap("[0]")).containsOnlyKeys("mediaId", "title", "year", "type", "score", "explanation");
        assertThat(one.getMap("[0].explanation")).containsOnlyKeys("text", "because", "shared");
        assertThat(one.getString("[0].type")).isEqualTo("movie");

        given().queryParam("limit", 0).get("/api/profiles/{p}/recommendations", newProfile())
                .then().statusCode(400);
        given().queryParam("type", "book").get("/api/profiles/{p}/recommendations", newProfile())
                .then().statusCode(400);
    }
}
