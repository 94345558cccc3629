package io.plexrecommend.scanner.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.MediaWatchedEvent;
import io.plexrecommend.events.RatingEvent;
import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.RatingRemovedEvent;
import io.plexrecommend.scanner.MediaItemsTopic;
import io.plexrecommend.scanner.RatingsTopic;
import io.plexrecommend.scanner.demo.FakePlexServer;
import io.plexrecommend.scanner.support.FakeMetadataServer;
import io.plexrecommend.scanner.support.PlexFixtures;
import io.plexrecommend.scanner.support.Scans;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Plex's multipart webhook, as Plex sends it (a {@code payload} part with the event JSON, and a thumbnail). */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FakeMetadataServer.class)
class PlexWebhookTest {

    static final String TOKEN = "plex-token-PlexWebhookTest-5e1";
    static final String OWNER = "hook-owner";
    static FakePlexServer plex;
    static List<ObjectNode> movies;

    @BeforeAll
    static void startPlex() {
        movies = new ArrayList<>(PlexFixtures.generatedMovies(2, 6001, i -> "Hook Movie " + i));
        plex = PlexFixtures.server("Hooks", TOKEN, new FakePlexServer.Section("31", "Movies", "movie", movies));
    }

    @AfterAll
    static void stopPlex() {
        plex.close();
    }

    @BeforeEach
    void configure() {
        Scans.clearProfiles();
        given().contentType(ContentType.JSON).body(Map.of("plex", Map.of("url", plex.url(), "token", TOKEN, "profile", OWNER),
                "tmdb", Map.of("apiKey", "", "readToken", ""), "profiles", List.of(Map.of("profile", "hook-kid", "plexToken", "k")))).put("/api/settings")
                .then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse send(String payload) {
        return given().multiPart("payload", payload)
                .multiPart("thumb", "thumb.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8}, "image/jpeg")
                .post("/webhooks/plex").then();
    }

    private static String event(String event, String account, long accountId, String extra, String metadata) {
        return "{\"event\":\"" + event + "\",\"user\":true,\"owner\":" + (accountId == 1) + extra
                + ",\"Account\":{\"id\":" + accountId + ",\"title\":\"" + account + "\"},"
                + "\"Server\":{\"title\":\"nas\",\"uuid\":\"abcd\"},\"Player\":{\"local\":true,\"title\":\"Chrome\"},"
                + "\"Metadata\":" + metadata + "}";
    }

    @Test
    void aRatingIsPublishedOnceAndAnUnratingRemovesIt() {
        String movie = "{\"librarySectionType\":\"movie\",\"ratingKey\":\"h1\",\"guid\":\"plex://movie/h1\","
                + "\"type\":\"movie\",\"title\":\"Heat\",\"year\":1995,\"Guid\":[{\"id\":\"tmdb://949\"}]}";

        send(event("media.rate", "Owner Name", 1, ",\"rating\":8", movie)).statusCode(200)
                .body("handled", equalTo(true));
        send(event("media.rate", "Owner Name", 1, ",\"rating\":8", movie)).statusCode(200);
        send(event("media.rate", "hook-kid", 7, ",\"rating\":4", movie)).statusCode(200);
        send(event("media.rate", "Owner Name", 1, ",\"rating\":-1", movie)).statusCode(200);

        List<RatingEvent> owner = RatingsTopic.of(OWNER);
        assertThat(owner).hasSize(2);
        assertThat(owner.get(0)).isInstanceOfSatisfying(RatingGivenEvent.class, e -> {
            assertThat(e.mediaId()).isEqualTo("movie:tmdb:949");
            assertThat(e.rating()).isEqualTo(8);
        });
        assertThat(owner.get(1)).isInstanceOf(RatingRemovedEvent.class);
        assertThat(RatingsTopic.of("hook-kid")).singleElement()
                .satisfies(e -> assertThat(((RatingGivenEvent) e).rating()).isEqualTo(4));
    }

    @Test
    void aScrobbledEpisodeMarksItsShowWatchedAndUnknownAccountsOrEventsAreIgnored() {
        // The show must be known by ratingKey: scan it first.
        try (FakePlexServer shows = PlexFixtures.server("Shows", TOKEN, new FakePlexServer.Section("32", "Shows", "show",
                PlexFixtures.prefixed("w", PlexFixtures.items("section-2-all.json"))))) {
            given().contentType(ContentType.JSON).body(Map.of("plex", Map.of("url", shows.url(), "profile", "hook-viewer")))
                    .put("/api/settings").then().statusCode(200);
            Scans.scan("32");
            String episode = "{\"librarySectionType\":\"show\",\"ratingKey\":\"9001\",\"type\":\"episode\","
                    + "\"title\":\"Pilot\",\"grandparentRatingKey\":\"w201\",\"grandparentTitle\":\"Breaking Bad\","
                    + "\"lastViewedAt\":1718100000}";

            send(event("media.scrobble", "Owner Name", 1, "", episode)).statusCode(200).body("handled", equalTo(true));
            send(event("media.scrobble", "A Stranger", 42, "", episode)).statusCode(200).body("handled", equalTo(false));
            send(event("media.play", "Owner Name", 1, "", episode)).statusCode(200).body("handled", equalTo(false));
        }

        assertThat(RatingsTopic.of("hook-viewer")).filteredOn(e -> e instanceof MediaWatchedEvent)
                .extracting(RatingEvent::occurredAt).contains(Instant.ofEpochSecond(1_718_100_000L));
    }

    @Test
    void libraryNewScansJustThatItem() {
        movies.add(PlexFixtures.generatedMovies(1, 6100, i -> "Brand New Movie").get(0));
        plex.replaceItems("31", movies);
        plex.clearRequests();

        send(event("library.new", "Owner Name", 1, "", "{\"librarySectionType\":\"movie\",\"ratingKey\":\"g6100\","
                + "\"type\":\"movie\",\"title\":\"Brand New Movie\",\"librarySectionID\":31}")).statusCode(200)
                .body("handled", equalTo(true));

        assertThat(MediaItemsTopic.readUntilPresent(List.of("movie:tmdb:6100")).get("movie:tmdb:6100").item().title())
                .isEqualTo("Brand New Movie");
        assertThat(plex.requests()).noneMatch(r -> r.contains("/library/sections/31/all"));
    }

    @Test
    void aRequestWithoutAJsonPayloadIsABadRequest() {
        given().multiPart("payload", "{not json").post("/webhooks/plex").then().statusCode(400);
        given().multiPart("other", "x").post("/webhooks/plex").then().statusCode(400);
    }
}
