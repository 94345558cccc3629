package io.plexrecommend.recommender;

import static io.plexrecommend.recommender.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.broker.TopicClient;
import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.MediaRemovedEvent;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.RatingSource;
import io.plexrecommend.events.Topics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FreshDatabaseTestResource.class)
class RatingResourceTest {

    @Test
    void rejectsRatingsOutsideOneToTenUnknownTitlesAndBadProfilesInPlainWords() {
        String movie = newMediaId(MediaType.MOVIE);
        discover(item(movie, "Validation Target").build());
        awaitKnown(movie);
        String profile = newProfile();

        rate(profile, Map.of("mediaId", movie, "rating", 0), 400).body("error", containsString("1 to 10"));
        rate(profile, Map.of("mediaId", movie, "rating", 11), 400).body("error", containsString("1 to 10"));
        rate(profile, Map.of("mediaId", newMediaId(MediaType.MOVIE), "rating", 7), 400)
                .body("error", containsString("no title with media id"));
        rate(profile, Map.of("mediaId", "not-a-media-id", "rating", 7), 400)
                .body("error", containsString("not a media id"));
        rate("bad profile!", Map.of("mediaId", movie, "rating", 7), 400)
                .body("error", containsString("profile"));
        given().contentType("application/json").body("{bad").post("/api/profiles/{p}/ratings", profile)
                .then().statusCode(400).body("error", containsString("not valid JSON"));
        given().contentType("application/json").body("{\"mediaId\":\"" + movie + "\",\"rating\":\"ten\"}")
                .post("/api/profiles/{p}/ratings", profile)
                .then().statusCode(400).body("error", containsString("'rating' has the wrong type"));
        given().get("/api/profiles/{p}/ratings", profile).then().statusCode(200).body("size()", is(0));
    }

    /** Issue 19: the API stored 5.5 as 5 and 9.99 as 9 while CSV imports rounded 5.5 to 6. One rule now. */
    @Test
    void decimalRatingsAreRoundedHalfUpAsEveryOtherEdgeRoundsThem() {
        String a = newMediaId(MediaType.MOVIE);
        String b = newMediaId(MediaType.MOVIE);
        discover(item(a, "Rounded Up").build());
        discover(item(b, "Rounded Up Too").build());
        awaitKnown(a, b);
        String profile = newProfile();

        rate(profile, Map.of("mediaId", a, "rating", 5.5), 202);
        rate(profile, Map.of("mediaId", b, "rating", 9.99), 202);
        rate(profile, Map.of("mediaId", b, "rating", 0.4), 400).body("error", containsString("not from 1 to 10"));

        given().get("/api/profiles/{p}/ratings", profile).then().statusCode(200)
                .body("find { it.mediaId == '" + a + "' }.rating", is(6))
                .body("find { it.mediaId == '" + b + "' }.rating", is(10));
    }

    @Test
    void aRemovedTitleCannotBeRated() {
        String movie = newMediaId(MediaType.MOVIE);
        discover(item(movie, "Removed Before Rating").build());
        awaitKnown(movie);
        publish(Topics.MEDIA_ITEMS, MediaRemovedEvent.of(movie, "gone"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !recommendedIds(newProfile(), "movie").contains(movie));

        rate(newProfile(), Map.of("mediaId", movie, "rating", 7), 400).body("error", containsString(movie));
    }

    @Test
    void aValidRatingIsPublishedStoredAndLeavesTheRecommendations() {
        String first = newMediaId(MediaType.MOVIE);
        String second = newMediaId(MediaType.MOVIE);
        discover(item(first, "Rate Me First").build());
        discover(item(second, "Rate Me Second").build());
        awaitKnown(first, second);
        String profile = newProfile();
        long processedBefore = status().getLong("ratingsProcessed");

        String top = fragmentMediaId(fragment(profile, "movie"));
        assertThat(recommendedIds(profile, "movie")).contains(top);

        rate(profile, Map.of("mediaId", top, "rating", 9), 202);

        // Applied at once: the very next answers leave the rated title out.
        assertThat(recommendedIds(profile, "movie")).doesNotContain(top).isNotEmpty();
        String next = fragmentMediaId(fragment(profile, "movie"));
        assertThat(next).isNotNull().isNotEqualTo(top);
        given().get("/api/profiles/{p}/ratings", profile).then().statusCode(200)
                .body("mediaId", contains(top))
                .body("rating", contains(9))
                .body("[0].title", not(emptyOrNullString()))
                .body("[0].type", is("movie"))
                .body("[0].source", is("ui"))
                .body("[0].ratedAt", not(emptyOrNullString()));

        ConsumerRecord<String, String> published = await().atMost(Duration.ofSeconds(20))
                .until(() -> ratingsKeyed(profile), records -> !records.isEmpty()).get(0);
        RatingGivenEvent event = EventCodec.decode(published.value(), RatingGivenEvent.class);
        assertThat(event.mediaId()).isEqualTo(top);
        assertThat(event.rating()).isEqualTo(9);
        assertThat(event.source()).isEqualTo(RatingSource.UI);

        // The consumer reads the published event back and finds it applied: a later marker proves it got that far.
        String marker = newProfile();
        publish(Topics.RATINGS, RatingGivenEvent.of(marker, top, 5, RatingSource.API));
        await().atMost(Duration.ofSeconds(20)).until(() -> !given().get("/api/profiles/{p}/ratings", marker)
                .then().extract().jsonPath().getList("$").isEmpty());
        assertThat(status().getLong("ratingsProcessed")).isEqualTo(processedBefore + 2);
    }

    @Test
    void aRatingEventReplayedTwiceIsAppliedOnce() {
        String movie = newMediaId(MediaType.MOVIE);
        discover(item(movie, "Replayed Rating").build());
        awaitKnown(movie);
        long processedBefore = status().getLong("ratingsProcessed");
        String profile = newProfile();
        RatingGivenEvent event = RatingGivenEvent.of(profile, movie, 8, RatingSource.API);

        publish(Topics.RATINGS, event);
        publish(Topics.RATINGS, event);
        String marker = newProfile();
        publish(Topics.RATINGS, RatingGivenEvent.of(marker, movie, 4, RatingSource.API));

        await().atMost(Duration.ofSeconds(20)).until(() -> !given().get("/api/profiles/{p}/ratings", marker)
                .then().extract().jsonPath().getList("$").isEmpty());
        assertThat(status().getLong("ratingsProcessed")).isEqualTo(processedBefore + 2);
        given().get("/api/profiles/{p}/ratings", profile).then().statusCode(200)
                .body("rating", contains(8));
    }

    @Test
    void anOlderRatingDoesNotReplaceANewerOne() {
        String movie = newMediaId(MediaType.MOVIE);
        String profile = newProfile();
        Instant now = Instant.now();
        publish(Topics.RATINGS, RatingGivenEvent.imported(profile, movie, 9, RatingSource.IMPORT, now));
        publish(Topics.RATINGS, RatingGivenEvent.imported(profile, movie, 2, RatingSource.IMPORT,
                now.minus(Duration.ofDays(30))));
        String marker = newProfile();
        publish(Topics.RATINGS, RatingGivenEvent.of(marker, movie, 4, RatingSource.API));

        await().atMost(Duration.ofSeconds(20)).until(() -> !given().get("/api/profiles/{p}/ratings", marker)
                .then().extract().jsonPath().getList("$").isEmpty());
        given().get("/api/profiles/{p}/ratings", profile).then().statusCode(200)
                .body("rating", contains(9));
    }

    private static ValidatableResponse rate(String profile, Map<String, Object> body,
            int status) {
        return given().contentType("application/json").body(body).post("/api/profiles/{p}/ratings", profile)
                .then().statusCode(status);
    }

    private static List<ConsumerRecord<String, String>> ratingsKeyed(String profile) {
        return TopicClient.forTestBroker().read(Topics.RATINGS, Integer.MAX_VALUE, Duration.ofSeconds(3)).stream()
                .filter(r -> profile.equals(r.key())).toList();
    }
}
