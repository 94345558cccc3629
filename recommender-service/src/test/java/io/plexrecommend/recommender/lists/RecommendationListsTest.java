package io.plexrecommend.recommender.lists;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.broker.TopicClient;
import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.events.PlexRef;
import io.plexrecommend.events.RecommendationListUpdatedEvent;
import io.plexrecommend.events.Topics;
import io.plexrecommend.recommender.FreshDatabaseTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A rating leads to the profile's list on {@code recommendation-lists} (a real broker), keyed by profile. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FreshDatabaseTestResource.class)
class RecommendationListsTest {

    @Inject
    RecommendationLists lists;

    @Test
    void aRatingPublishesTheProfilesUnratedPlexTitlesBestFirstOnceQuiet() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long base = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        String rated = "movie:tmdb:" + base;
        String inPlex1 = "movie:tmdb:" + (base + 1);
        String inPlex2 = "show:tmdb:" + (base + 2);
        String catalogOnly = "movie:tmdb:" + (base + 3);
        discover(rated, "Rated " + tag, true);
        discover(inPlex1, "On Plex " + tag, true);
        discover(inPlex2, "Show on Plex " + tag, true);
        discover(catalogOnly, "Catalog " + tag, false);
        String profile = "lists-" + tag;
        await().atMost(Duration.ofSeconds(20)).until(() -> given().queryParam("limit", 100)
                .get("/api/profiles/{p}/recommendations", profile).then().extract().jsonPath()
                .getList("mediaId", String.class).containsAll(List.of(rated, inPlex1, inPlex2, catalogOnly)));

        given().contentType("application/json").body(Map.of("mediaId", rated, "rating", 9))
                .post("/api/profiles/{p}/ratings", profile).then().statusCode(202);
        lists.publishDue(); // what the scheduler does every few seconds; the test profile's debounce is 0 s

        List<RecommendationListUpdatedEvent> published = listsOf(profile);
        assertThat(published).hasSize(1);
        RecommendationListUpdatedEvent list = published.get(0);
        assertThat(list.trigger()).isEqualTo(RecommendationListUpdatedEvent.RATINGS_CHANGED);
        assertThat(list.mediaIds()).contains(inPlex1, inPlex2).doesNotContain(rated, catalogOnly);
        List<String> ranked = given().queryParam("limit", 100).queryParam("inLibrary", true)
                .get("/api/profiles/{p}/recommendations", profile).then().statusCode(200).extract().jsonPath()
                .getList("mediaId", String.class);
        assertThat(list.mediaIds()).as("the API's ranking, best first").isEqualTo(ranked);

        lists.publishDue();
        assertThat(listsOf(profile)).as("nothing changed since: nothing more is published").hasSize(1);
    }

    private static List<RecommendationListUpdatedEvent> listsOf(String profile) {
        return TopicClient.forTestBroker().readToEnd(Topics.RECOMMENDATION_LISTS, Duration.ofSeconds(5)).stream()
                .filter(r -> profile.equals(r.key()))
                .map(r -> EventCodec.decode(r.value(), RecommendationListUpdatedEvent.class)).toList();
    }

    private static void discover(String mediaId, String title, boolean inPlex) {
        MediaItem.Builder item = MediaItem.builder().mediaId(mediaId)
                .type(MediaType.fromWire(mediaId.substring(0, mediaId.indexOf(':')))).source(inPlex ? "plex" : "catalog")
                .title(title).year(2001).runtimeMinutes(100).genres(List.of("Drama")).overview("About " + title + ".")
                .contentRating("PG-13").popularity(10.0).voteAverage(7.0).voteCount(1000);
        if (inPlex) {
            item.plex(new PlexRef("rk" + mediaId.hashCode(), "plex://movie/" + mediaId.hashCode(), "1", "Movies",
                    null, 0, null));
        }
        MediaDiscoveredEvent event = MediaDiscoveredEvent.of(item.build());
        TopicClient.forTestBroker().send(Topics.MEDIA_ITEMS, event.key(), EventCodec.encode(event));
    }
}
