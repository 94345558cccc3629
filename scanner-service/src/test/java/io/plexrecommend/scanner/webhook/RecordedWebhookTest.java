package io.plexrecommend.scanner.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaWatchedEvent;
import io.plexrecommend.events.RatingEvent;
import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.RatingRemovedEvent;
import io.plexrecommend.scanner.MediaItemsTopic;
import io.plexrecommend.scanner.RatingsTopic;
import io.plexrecommend.scanner.demo.FakePlexServer;
import io.plexrecommend.scanner.plex.PlexItemMapper;
import io.plexrecommend.scanner.support.FakeMetadataServer;
import io.plexrecommend.scanner.support.PlexFixtures;
import io.plexrecommend.scanner.support.Recorded;
import io.plexrecommend.scanner.support.Scans;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks recorded from real Plex servers (src/test/resources/recorded/plex/webhooks, see PROVENANCE.md), posted
 * byte for byte as Plex posts them: multipart, the JSON in a {@code payload} part typed application/json, the poster
 * JPEG in a {@code thumb} part. The items they name are on a fake Plex serving the same recorded metadata.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FakeMetadataServer.class)
class RecordedWebhookTest {

    static final String TOKEN = "plex-token-RecordedWebhookTest-41c";
    static final String OWNER = "recorded-hook-owner";
    static final String RATE_FULL = "webhooks/media.rate-movie-full-metadata.json";
    static final String RATE_STRING = "webhooks/media.rate-string-rating.json";
    static final String SCROBBLE_MOVIE = "webhooks/media.scrobble-movie-no-guids.json";
    static final String SCROBBLE_EPISODE = "webhooks/media.scrobble-episode-legacy-thetvdb.json";
    static final ObjectMapper JSON = new ObjectMapper();
    static FakePlexServer plex;

    @TestHTTPResource("/webhooks/plex")
    URL webhook;

    @BeforeAll
    static void startPlex() {
        // The items the recorded webhooks name, as the server had them (the webhook's Metadata is the item's record).
        ObjectNode bigTrouble = Recorded.webhookItem(RATE_FULL);
        ObjectNode harderTheyFall = Recorded.webhookItem(RATE_STRING);
        harderTheyFall.remove("userRating"); // as the server listed it before the rating
        ObjectNode yuma = Recorded.webhookItem(SCROBBLE_MOVIE);
        ObjectNode episode = Recorded.webhookItem(SCROBBLE_EPISODE);
        // The show of the recorded episode, built from the episode's grandparent fields (no recording of it exists).
        ObjectNode scrubs = JSON.createObjectNode().put("ratingKey", episode.path("grandparentRatingKey").asText())
                .put("guid", "com.plexapp.agents.thetvdb://76156?lang=en").put("type", "show")
                .put("title", episode.path("grandparentTitle").asText()).put("updatedAt", 1535581275L);
        plex = PlexFixtures.server("Recorded hooks", TOKEN,
                new FakePlexServer.Section("1", "Movies", "movie", List.of(bigTrouble)),
                new FakePlexServer.Section("2", "Movies", "movie", List.of(harderTheyFall, yuma)),
                new FakePlexServer.Section("3", "Series", "show", List.of(scrubs)));
    }

    @AfterAll
    static void stopPlex() {
        plex.close();
    }

    @BeforeEach
    void configure() {
        Scans.clearProfiles();
        given().contentType(ContentType.JSON).body(Map.of("plex", Map.of("url", plex.url(), "token", TOKEN, "profile", OWNER),
                "tmdb", Map.of("apiKey", "", "readToken", ""), "tvdb", Map.of("apiKey", "", "pin", "")))
                .put("/api/settings").then().statusCode(200);
    }

    private HttpResponse<String> post(String payload, byte[] thumb) {
        return Recorded.plexWebhook(payload, thumb).post(webhook.toString());
    }

    private static String mediaId(RatingEvent e) {
        if (e instanceof RatingGivenEvent g) {
            return g.mediaId();
        }
        if (e instanceof RatingRemovedEvent r) {
            return r.mediaId();
        }
        return e instanceof MediaWatchedEvent w ? w.mediaId() : null;
    }

    private static JsonNode answer(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void aRealRatingWithItsPosterIsAcceptedAndLandsOnTheItemReadFromPlex() throws Exception {
        byte[] thumb = Recorded.jpeg(56 * 1024);
        Recorded.Multipart request = Recorded.plexWebhook(Recorded.text(RATE_FULL), thumb);
        assertThat(request.body().length).as("a real rating webhook with its poster").isBetween(64 * 1024, 1024 * 1024);

        HttpResponse<String> response = request.post(webhook.toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(answer(response).path("handled").asBoolean()).isTrue();
        // Not yet scanned: the item was read from Plex by its ratingKey, published, and rated under its id.
        MediaItem item = MediaItemsTopic.readUntilPresent(List.of("movie:tmdb:6978")).get("movie:tmdb:6978").item();
        assertThat(item.title()).isEqualTo("Big Trouble in Little China");
        assertThat(item.externalIds().tvdb()).as("TheTVDB movie id, kept with the movie").isEqualTo(1876L);
        assertThat(item.cast()).hasSize(PlexItemMapper.CAST_LIMIT).startsWith("Kurt Russell", "Kim Cattrall");
        assertThat(RatingsTopic.of(OWNER)).filteredOn(e -> e instanceof RatingGivenEvent)
                .filteredOn(e -> mediaId(e).equals("movie:tmdb:6978"))
                .singleElement().isInstanceOfSatisfying(RatingGivenEvent.class, e -> assertThat(e.rating()).isEqualTo(5));
    }

    @Test
    void aRatingSentAsTextWithoutGuidsRatesTheScannedItemAtItsRatingTime() throws Exception {
        assertThat(Scans.scan("2").getString("state")).isEqualTo("completed");
        // The recorded item has no Guid[]: the scan published it under its Plex guid, and the rating must find it.
        String scannedId = "movie:plex:5fc6912f1a65df002dd28ab7";
        assertThat(MediaItemsTopic.readUntilPresent(List.of(scannedId)).get(scannedId).item().plex().ratingKey())
                .isEqualTo("8373");

        HttpResponse<String> response = post(Recorded.text(RATE_STRING), Recorded.jpeg(20 * 1024));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(answer(response).path("detail").asText()).startsWith("rated 10 " + scannedId);
        assertThat(RatingsTopic.of(OWNER)).filteredOn(e -> e instanceof RatingGivenEvent)
                .filteredOn(e -> mediaId(e).equals(scannedId))
                .last().isInstanceOfSatisfying(RatingGivenEvent.class, e -> {
                    assertThat(e.rating()).isEqualTo(10);
                    assertThat(e.occurredAt()).as("lastRatedAt").isEqualTo(Instant.ofEpochSecond(1_614_284_551L));
                });
    }

    @Test
    void aRatingWithoutAnyValueIsAnUnrating() throws Exception {
        assertThat(Scans.scan("2").getString("state")).isEqualTo("completed");
        String scannedId = "movie:plex:5fc6912f1a65df002dd28ab7";
        post(Recorded.text(RATE_STRING), null);
        // The recorded payload with its values taken out: what a cleared rating leaves (Plex sends no rating).
        ObjectNode cleared = Recorded.json(RATE_STRING);
        cleared.remove("rating");
        ((ObjectNode) cleared.get("Metadata")).remove(List.of("userRating", "lastRatedAt"));

        HttpResponse<String> response = post(cleared.toString(), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(answer(response).path("detail").asText()).startsWith("un-rated " + scannedId);
        assertThat(RatingsTopic.of(OWNER)).filteredOn(e -> mediaId(e).equals(scannedId)).last()
                .isInstanceOf(RatingRemovedEvent.class);
    }

    @Test
    void aRatingThatIsNotANumberIsRefusedWithTheReason() throws Exception {
        ObjectNode odd = Recorded.json(RATE_STRING).put("rating", "ten");

        HttpResponse<String> response = post(odd.toString(), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(answer(response).path("handled").asBoolean()).isFalse();
        assertThat(answer(response).path("detail").asText()).isEqualTo("ignored: the rating 'ten' is not a number");
    }

    @Test
    void recordedScrobblesMarkTheMovieAndTheEpisodesShowWatched() throws Exception {
        HttpResponse<String> movie = post(Recorded.text(SCROBBLE_MOVIE), Recorded.jpeg(20 * 1024));
        HttpResponse<String> episode = post(Recorded.text(SCROBBLE_EPISODE), Recorded.jpeg(20 * 1024));

        assertThat(movie.statusCode()).as(movie.body()).isEqualTo(200);
        assertThat(answer(movie).path("handled").asBoolean()).as(movie.body()).isTrue();
        assertThat(answer(episode).path("handled").asBoolean()).as(episode.body()).isTrue();
        List<RatingEvent> watched = RatingsTopic.of(OWNER).stream().filter(e -> e instanceof MediaWatchedEvent).toList();
        assertThat(watched).anySatisfy(e -> {
            assertThat(mediaId(e)).isEqualTo("movie:plex:5fc690d7578684002e68e65d");
            assertThat(e.occurredAt()).isEqualTo(Instant.ofEpochSecond(1_614_273_229L));
        });
        assertThat(watched).anySatisfy(e -> {
            assertThat(mediaId(e)).as("the legacy TheTVDB show of the episode").isEqualTo("show:tvdb:76156");
            assertThat(e.occurredAt()).isEqualTo(Instant.ofEpochSecond(1_537_996_938L));
        });
    }

    @Test
    void recordedEventsTheScannerDoesNotUseAreAcknowledgedWithTheReason() throws Exception {
        HttpResponse<String> photo = post(Recorded.text("webhooks/media.play-photo-local.json"), Recorded.jpeg(10 * 1024));
        HttpResponse<String> episodeRating = post(Recorded.text("webhooks/media.rate-episode-hama.json"), null);

        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(answer(photo).path("detail").asText()).isEqualTo("ignored: not an event the scanner uses");
        assertThat(episodeRating.statusCode()).isEqualTo(200);
        assertThat(answer(episodeRating).path("handled").asBoolean()).isFalse();
        assertThat(answer(episodeRating).path("detail").asText()).startsWith("ignored: ");
    }

    @Test
    void aWebhookOverTheLimitIsA413WithTheReasonNotAClosedConnection() throws Exception {
        HttpResponse<String> tooBig = post(Recorded.text(RATE_FULL), new byte[5 * 1024 * 1024]);

        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(answer(tooBig).path("error").asText()).contains("scanner.webhook.max-bytes");

        // Beyond the framework's own body limit (64 MB) too: an answer, not a connection closed mid-upload.
        HttpResponse<String> huge64 = post(Recorded.text(RATE_FULL), new byte[64 * 1024 * 1024 + 1]);

        assertThat(huge64.statusCode()).isEqualTo(413);
        assertThat(answer(huge64).path("error").asText()).contains("scanner.webhook.max-bytes");

        // A payload part over the form-attribute limit (1 MB) is refused by the framework, also as JSON.
        ObjectNode huge = Recorded.json(RATE_FULL);
        huge.put("padding", "x".repeat(1100 * 1024));
        HttpResponse<String> tooLong = post(huge.toString(), null);

        assertThat(tooLong.statusCode()).isEqualTo(413);
        assertThat(answer(tooLong).has("error")).as(tooLong.body()).isTrue();
    }
}
