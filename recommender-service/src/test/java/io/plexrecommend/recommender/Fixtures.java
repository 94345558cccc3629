package io.plexrecommend.recommender;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.plexrecommend.broker.TopicClient;
import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.GraphEmbeddedEvent;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.MediaEmbeddedEvent;
import io.plexrecommend.events.MediaGraphUpdatedEvent;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.events.PlexRecommendEvent;
import io.plexrecommend.events.Topics;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds events as the other services would publish them, and reads the service's answers. */
final class Fixtures {

    private static final Pattern FRAGMENT_MEDIA_ID =
            Pattern.compile("<article class=\"recommendation\" data-media-id=\"([^\"]+)\"");
    private static final AtomicLong NEXT_ID = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    static String newMediaId(MediaType type) {
        return type.wireName() + ":tmdb:" + NEXT_ID.incrementAndGet();
    }

    static String newProfile() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static MediaItem.Builder item(String mediaId, String title) {
        return MediaItem.builder().mediaId(mediaId).type(MediaType.fromWire(mediaId.substring(0, mediaId.indexOf(':'))))
                .source("catalog").title(title).year(2001).runtimeMinutes(101).genres(List.of("Drama", "Mystery"))
                .overview("An overview of " + title + ".").contentRating("PG-13").popularity(10.0).voteAverage(7.0)
                .voteCount(1000);
    }

    static void publish(String topic, PlexRecommendEvent event) {
        TopicClient.forTestBroker().send(topic, event.key(), EventCodec.encode(event));
    }

    static void discover(MediaItem item) {
        publish(Topics.MEDIA_ITEMS, MediaDiscoveredEvent.of(item));
    }

    static void embed(String mediaId, String modelId, float... vector) {
        publish(Topics.MEDIA_EMBEDDINGS, MediaEmbeddedEvent.of(mediaId, modelId, vector, "sha256:test"));
    }

    static void graphVector(String mediaId, float... vector) {
        publish(Topics.GRAPH_EMBEDDINGS, GraphEmbeddedEvent.of(mediaId, "graph-test-model",
                java.time.Instant.parse("2026-11-23T20:00:00Z"), vector));
    }

    static void rateViaApi(String profile, String mediaId, int rating) {
        given().contentType("application/json").body(java.util.Map.of("mediaId", mediaId, "rating", rating))
                .post("/api/profiles/{p}/ratings", profile).then().statusCode(202);
    }

    static void graph(String mediaId, int tripleCount) {
        publish(Topics.GRAPH_TRIPLES, MediaGraphUpdatedEvent.of(mediaId, "https://plex-recommend.io/media/" + mediaId,
                tripleCount, ""));
    }

    static JsonPath status() {
        return given().get("/api/status").then().statusCode(200).extract().jsonPath();
    }

    static List<String> recommendedIds(String profile, String type) {
        return given().queryParam("type", type).queryParam("limit", 100)
                .get("/api/profiles/{p}/recommendations", profile)
                .then().statusCode(200).extract().jsonPath().getList("mediaId", String.class);
    }

    /** Waits until the service knows the items (they show up for a profile that rated nothing). */
    static void awaitKnown(String... mediaIds) {
        String nobody = newProfile();
        for (String mediaId : mediaIds) {
            String type = mediaId.substring(0, mediaId.indexOf(':'));
            await().atMost(Duration.ofSeconds(20)).until(() -> recommendedIds(nobody, type).contains(mediaId));
        }
    }

    static String fragment(String profile, String type) {
        return given().queryParam("type", type).get("/fragments/profiles/{p}/next", profile)
                .then().statusCode(200).contentType("text/html").extract().asString();
    }

    /** The media id the tab fragment shows, from {@code <article class="recommendation" data-media-id="…">}. */
    static String fragmentMediaId(String html) {
        Matcher matcher = FRAGMENT_MEDIA_ID.matcher(html);
        return matcher.find() ? matcher.group(1) : null;
    }

    private Fixtures() {
    }
}
