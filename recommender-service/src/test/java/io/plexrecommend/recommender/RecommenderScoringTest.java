package io.plexrecommend.recommender;

import static io.plexrecommend.recommender.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.MediaType;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FreshDatabaseTestResource.class)
class RecommenderScoringTest {

    @Test
    void coldStartPrefersWellRatedTitlesAndShrinksFewVotesTowardTheMean() {
        String great = newMediaId(MediaType.MOVIE);
        String poor = newMediaId(MediaType.MOVIE);
        String fewVotes = newMediaId(MediaType.MOVIE);
        discover(item(great, "Great Many Votes").voteAverage(8.8).voteCount(20000).popularity(30.0).build());
        discover(item(poor, "Poor Many Votes").voteAverage(3.5).voteCount(20000).popularity(30.0).build());
        discover(item(fewVotes, "Perfect Three Votes").voteAverage(10.0).voteCount(3).popularity(30.0).build());
        awaitKnown(great, poor, fewVotes);

        JsonPath answer = given().queryParam("type", "movie").queryParam("limit", 100)
                .get("/api/profiles/{p}/recommendations", newProfile()).then().statusCode(200).extract().jsonPath();
        List<String> ids = answer.getList("mediaId", String.class);

        assertThat(ids.indexOf(great)).isLessThan(ids.indexOf(fewVotes));
        assertThat(ids.indexOf(fewVotes)).isLessThan(ids.indexOf(poor));
        assertThat(answer.getList("reason", String.class)).containsOnly("popular and well rated");
    }

    @Test
    void ratingsPullSimilarItemsUpAndExplainWhy() {
        long embeddedBefore = status().getLong("itemsEmbedded");
        String model = "scoring-test-" + UUID.randomUUID();
        String loved = newMediaId(MediaType.MOVIE);
        String near = newMediaId(MediaType.MOVIE);
        String orthogonal = newMediaId(MediaType.MOVIE);
        String opposite = newMediaId(MediaType.MOVIE);
        discover(item(loved, "Loved Original").build());
        // The near item is the least popular, so only similarity can put it first.
        discover(item(near, "Near Sequel").voteAverage(5.0).voteCount(10).popularity(0.5).build());
        discover(item(orthogonal, "Unrelated").build());
        discover(item(opposite, "Opposite").build());
        embed(loved, model, 1f, 0f, 0f, 0f);
        embed(near, model, 0.9f, 0.1f, 0f, 0f);
        embed(orthogonal, model, 0f, 1f, 0f, 0f);
        embed(opposite, model, -1f, 0f, 0f, 0f);
        awaitKnown(loved, near, orthogonal, opposite);
        await().until(() -> status().getLong("itemsEmbedded") == embeddedBefore + 4);

        String profile = newProfile();
        given().contentType("application/json").body(Map.of("mediaId", loved, "rating", 9))
                .post("/api/profiles/{p}/ratings", profile).then().statusCode(201);

        JsonPath answer = given().queryParam("type", "movie").queryParam("limit", 100)
                .get("/api/profiles/{p}/recommendations", profile).then().statusCode(200).extract().jsonPath();
        List<String> ids = answer.getList("mediaId", String.class);

        assertThat(ids).doesNotContain(loved);
        assertThat(ids.get(0)).isEqualTo(near);
        assertThat(answer.getString("[0].reason")).isEqualTo("close to Loved Original, which you rated 9/10");
        assertThat(ids.indexOf(orthogonal)).isLessThan(ids.indexOf(opposite));
    }
}
