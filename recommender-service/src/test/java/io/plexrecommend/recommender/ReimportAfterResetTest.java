package io.plexrecommend.recommender;

import static io.plexrecommend.recommender.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.events.MediaWatchedEvent;
import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.RatingSource;
import io.plexrecommend.events.Topics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a reset forgets what the profile said before the reset was received, not ratings that arrive after it,
 * whatever dates they carry. An "import" here is what scanner-service publishes for a rating export: one
 * {@code RatingGivenEvent.imported} per row (the original date, an id derived from the row), keyed by profile, on the
 * real broker's {@code ratings}; the reset is the recommender's own API.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FreshDatabaseTestResource.class)
class ReimportAfterResetTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /** The export's dates: long before the reset, as a real export's are. */
    private static final Instant RATED = Instant.parse("2019-05-04T20:00:00Z");

    @Test
    void importingTheSameFileAfterAResetBringsItsRatingsBack() {
        String alien = newMediaId(MediaType.MOVIE);
        String heat = newMediaId(MediaType.MOVIE);
        discover(item(alien, "Reimported Alien").build());
        discover(item(heat, "Reimported Heat").build());
        awaitKnown(alien, heat);
        String profile = newProfile();
        Map<String, Integer> file = Map.of(alien, 9, heat, 4);

        importFile(profile, file);
        await().atMost(WAIT).until(() -> ratings(profile).equals(file));

        given().delete("/api/profiles/{p}/ratings", profile).then().statusCode(202);
        assertThat(ratings(profile)).isEmpty();
        assertThat(recommendedIds(profile, "movie")).contains(alien, heat);

        importFile(profile, file);
        await().atMost(WAIT).until(() -> ratings(profile).equals(file));
        // The in-memory profile follows too: rated titles are not recommended.
        await().atMost(WAIT).until(() -> !recommendedIds(profile, "movie").contains(alien)
                && !recommendedIds(profile, "movie").contains(heat));
    }

    @Test
    void importingTheSameFileTwiceWithoutAResetChangesNothing() {
        String alien = newMediaId(MediaType.MOVIE);
        String heat = newMediaId(MediaType.MOVIE);
        discover(item(alien, "Twice Alien").build());
        discover(item(heat, "Twice Heat").build());
        awaitKnown(alien, heat);
        String profile = newProfile();
        Map<String, Integer> file = Map.of(alien, 8, heat, 3);
        importFile(profile, file);
        await().atMost(WAIT).until(() -> ratings(profile).equals(file));
        long processed = status().getLong("ratingsProcessed");

        importFile(profile, file);
        // A watch published after the second import: once it is applied, so is everything before it.
        String watched = newMediaId(MediaType.MOVIE);
        discover(item(watched, "Twice Marker").build());
        awaitKnown(watched);
        publish(Topics.RATINGS, MediaWatchedEvent.of(profile, watched, RatingSource.PLEX));
        await().atMost(WAIT).until(() -> !recommendedIds(profile, "movie").contains(watched));

        assertThat(ratings(profile)).isEqualTo(file);
        assertThat(given().get("/api/profiles/{p}/ratings", profile).then().extract().jsonPath()
                .getList("mediaId")).hasSize(2);
        assertThat(status().getLong("ratingsProcessed")).as("the copies are not new events, the watch is")
                .isEqualTo(processed + 1);
    }

    /** As scanner-service publishes a generic export's rows. */
    private static void importFile(String profile, Map<String, Integer> rows) {
        rows.forEach((mediaId, rating) -> publish(Topics.RATINGS,
                RatingGivenEvent.imported(profile, mediaId, rating, RatingSource.IMPORT, RATED)));
    }

    private static Map<String, Integer> ratings(String profile) {
        List<Map<String, Object>> rows = given().get("/api/profiles/{p}/ratings", profile).then().statusCode(200)
                .extract().jsonPath().getList("$");
        Map<String, Integer> byTitle = new LinkedHashMap<>();
        rows.forEach(r -> byTitle.put((String) r.get("mediaId"), ((Number) r.get("rating")).intValue()));
        return byTitle;
    }
}
