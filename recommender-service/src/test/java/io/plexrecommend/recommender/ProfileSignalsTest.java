package io.plexrecommend.recommender;

import static io.plexrecommend.recommender.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.broker.TopicClient;
import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.MediaDismissedEvent;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.events.MediaWatchedEvent;
import io.plexrecommend.events.PlexRecommendEvent;
import io.plexrecommend.events.ProfileResetEvent;
import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.RatingRemovedEvent;
import io.plexrecommend.events.RatingSource;
import io.plexrecommend.events.Topics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Profiles and everything a profile says besides ratings: removals, dismissals, watches and resets. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FreshDatabaseTestResource.class)
class ProfileSignalsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void profilesAreCreatedIdempotentlyAndListedWithTheirRatingCounts() {
        String profile = newProfile();
        given().put("/api/profiles/{p}", profile).then().statusCode(204);
        given().put("/api/profiles/{p}", profile).then().statusCode(204);
        given().put("/api/profiles/{p}", "bad name!").then().statusCode(400);

        assertThat(ratingsOf(profile)).isZero();
        String movie = newMediaId(MediaType.MOVIE);
        discover(item(movie, "Counted").build());
        awaitKnown(movie);
        rateViaApi(profile, movie, 6);
        assertThat(ratingsOf(profile)).isEqualTo(1);
    }

    @Test
    void aDismissedTitleIsNeverRecommendedAgainAndIsPublished() {
        String movie = newMediaId(MediaType.MOVIE);
        discover(item(movie, "Not For Me").build());
        awaitKnown(movie);
        String profile = newProfile();

        given().contentType("application/json").body(Map.of("mediaId", movie))
                .post("/api/profiles/{p}/dismissals", profile).then().statusCode(202);

        assertThat(recommendedIds(profile, "movie")).doesNotContain(movie).isNotEmpty();
        assertThat(eventsOf(profile)).anySatisfy(e -> assertThat(e).isInstanceOf(MediaDismissedEvent.class));
        given().contentType("application/json").body(Map.of("mediaId", "nope"))
                .post("/api/profiles/{p}/dismissals", profile).then().statusCode(400)
                .body("error", containsString("not a media id"));
    }

    @Test
    void removingARatingMakesTheTitleUnratedAgain() {
        String movie = newMediaId(MediaType.MOVIE);
        discover(item(movie, "Rated Then Unrated").build());
        awaitKnown(movie);
        String profile = newProfile();
        rateViaApi(profile, movie, 3);
        assertThat(recommendedIds(profile, "movie")).doesNotContain(movie);

        given().delete("/api/profiles/{p}/ratings/{id}", profile, movie).then().statusCode(202);

        assertThat(given().get("/api/profiles/{p}/ratings", profile).then().extract().jsonPath().getList("$"))
                .isEmpty();
        assertThat(recommendedIds(profile, "movie")).contains(movie);
        assertThat(eventsOf(profile)).anySatisfy(e -> assertThat(e).isInstanceOf(RatingRemovedEvent.class));
    }

    @Test
    void aWatchedTitleFromTheTopicIsNoLongerOffered() {
        String movie = newMediaId(MediaType.MOVIE);
        discover(item(movie, "Seen It").build());
        awaitKnown(movie);
        String profile = newProfile();

        publish(Topics.RATINGS, MediaWatchedEvent.of(profile, movie, RatingSource.PLEX));

        await().atMost(WAIT).until(() -> !recommendedIds(profile, "movie").contains(movie));
    }

    @Test
    void resettingAProfileForgetsRatingsAndDismissalsButKeepsWatchHistory() {
        String rated = newMediaId(MediaType.MOVIE);
        String dismissed = newMediaId(MediaType.MOVIE);
        String watched = newMediaId(MediaType.MOVIE);
        discover(item(rated, "Reset Rated").build());
        discover(item(dismissed, "Reset Dismissed").build());
        discover(item(watched, "Reset Watched").build());
        awaitKnown(rated, dismissed, watched);
        String profile = newProfile();
        rateViaApi(profile, rated, 9);
        publish(Topics.RATINGS, MediaDismissedEvent.of(profile, dismissed, RatingSource.API));
        publish(Topics.RATINGS, MediaWatchedEvent.of(profile, watched, RatingSource.PLEX));
        await().atMost(WAIT).until(() -> !recommendedIds(profile, "movie").contains(watched)
                && !recommendedIds(profile, "movie").contains(dismissed));

        given().delete("/api/profiles/{p}/ratings", profile).then().statusCode(202);

        assertThat(given().get("/api/profiles/{p}/ratings", profile).then().extract().jsonPath().getList("$"))
                .isEmpty();
        List<String> now = recommendedIds(profile, "movie");
        assertThat(now).contains(rated, dismissed).doesNotContain(watched);
        assertThat(eventsOf(profile)).anySatisfy(e -> assertThat(e).isInstanceOf(ProfileResetEvent.class));
    }

    @Test
    void aReplayedResetDoesNotForgetRatingsGivenAfterIt() {
        String movie = newMediaId(MediaType.MOVIE);
        discover(item(movie, "After Reset").build());
        awaitKnown(movie);
        String profile = newProfile();
        ProfileResetEvent reset = ProfileResetEvent.of(profile, RatingSource.UI);
        publish(Topics.RATINGS, reset);
        publish(Topics.RATINGS, RatingGivenEvent.imported(profile, movie, 7, RatingSource.IMPORT,
                Instant.now().plusSeconds(1)));
        await().atMost(WAIT).until(() -> ratingsOf(profile) == 1);

        publish(Topics.RATINGS, reset);
        String marker = newProfile();
        publish(Topics.RATINGS, MediaWatchedEvent.of(marker, movie, RatingSource.PLEX));
        await().atMost(WAIT).until(() -> !recommendedIds(marker, "movie").contains(movie));

        assertThat(ratingsOf(profile)).isEqualTo(1);
    }

    private static long ratingsOf(String profile) {
        List<Map<String, Object>> profiles = given().get("/api/profiles").then().statusCode(200).extract()
                .jsonPath().getList("$");
        return profiles.stream().filter(p -> profile.equals(p.get("profile")))
                .mapToLong(p -> ((Number) p.get("ratings")).longValue()).findFirst().orElse(-1);
    }

    private static List<PlexRecommendEvent> eventsOf(String profile) {
        return await().atMost(WAIT).until(() -> TopicClient.forTestBroker()
                .read(Topics.RATINGS, Integer.MAX_VALUE, Duration.ofSeconds(3)).stream()
                .filter(r -> profile.equals(r.key()))
                .map(r -> (PlexRecommendEvent) EventCodec.decode(r.value(), io.plexrecommend.events.RatingEvent.class))
                .toList(), events -> !events.isEmpty());
    }
}
