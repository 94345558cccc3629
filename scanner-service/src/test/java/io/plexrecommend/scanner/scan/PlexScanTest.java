package io.plexrecommend.scanner.scan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.ExternalIds;
import io.plexrecommend.events.ImageRef;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaItemEvent;
import io.plexrecommend.events.MediaRemovedEvent;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.events.MediaWatchedEvent;
import io.plexrecommend.events.RatingEvent;
import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.RatingRemovedEvent;
import io.plexrecommend.events.RatingSource;
import io.plexrecommend.scanner.MediaItemsTopic;
import io.plexrecommend.scanner.RatingsTopic;
import io.plexrecommend.scanner.demo.FakePlexServer;
import io.plexrecommend.scanner.support.FakeMetadataServer;
import io.plexrecommend.scanner.support.PlexFixtures;
import io.plexrecommend.scanner.support.Scans;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Scans of a Plex server (a {@link FakePlexServer} serving the documented sample payloads) through the scan-job API.
 * The tests build on each other in order: first scan, unchanged rescan, changes and removals.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FakeMetadataServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlexScanTest {

    static final String TOKEN = "plex-token-PlexScanTest-9f3a";
    static final String OWNER = "plexscan-owner";
    static final String KID = "plexscan-kid";
    static final String KID_TOKEN = "plex-token-kid-77aa";
    static FakePlexServer plex;
    static List<ObjectNode> movies;

    @BeforeAll
    static void startPlex() {
        movies = new ArrayList<>(PlexFixtures.prefixed("a", PlexFixtures.items("section-1-all.json")));
        plex = PlexFixtures.server("Basement", TOKEN,
                new FakePlexServer.Section("11", "Movies", "movie", movies),
                new FakePlexServer.Section("12", "TV Shows", "show",
                        PlexFixtures.prefixed("a", PlexFixtures.items("section-2-all.json"))),
                new FakePlexServer.Section("13", "Music", "artist", List.of()));
        // The kid rated Heat 6 and has not watched anything.
        plex.addUser(KID_TOKEN, item -> {
            item.remove(List.of("userRating", "viewCount", "lastViewedAt"));
            if (item.path("ratingKey").asText().equals("a102")) {
                item.put("userRating", 6.0);
            }
            return item;
        });
    }

    @AfterAll
    static void stopPlex() {
        plex.close();
    }

    @BeforeEach
    void configure() {
        Scans.clearProfiles();
        plex.token(TOKEN);
        given().contentType(ContentType.JSON).body(Map.of(
                        "plex", Map.of("url", plex.url(), "token", TOKEN, "profile", OWNER),
                        "tmdb", Map.of("apiKey", "", "readToken", ""), "tvdb", Map.of("apiKey", ""),
                        "profiles", List.of(Map.of("profile", KID, "plexToken", KID_TOKEN))))
                .put("/api/settings").then().statusCode(200);
    }

    @Test
    @Order(1)
    void listsTheMovieAndShowLibrariesWithTheirItemCounts() {
        Response response = given().get("/api/libraries").then().statusCode(200).extract().response();

        assertThat(response.jsonPath().getList("", Map.class)).containsExactly(
                Map.of("id", "11", "title", "Movies", "type", "movie", "itemCount", 8),
                Map.of("id", "12", "title", "TV Shows", "type", "show", "itemCount", 2));
        assertThat(response.asString()).doesNotContain(TOKEN);
    }

    @Test
    @Order(2)
    void aScanReadsEveryPagePublishesEachItemAndReportsTheBrokenOne() {
        plex.clearRequests();

        JsonPath scan = Scans.scan("11");

        assertThat(scan.getString("state")).isEqualTo("completed");
        assertThat(scan.getInt("total")).isEqualTo(8);
        assertThat(scan.getInt("seen")).isEqualTo(8);
        assertThat(scan.getInt("published")).isEqualTo(7);
        assertThat(scan.getInt("failed")).isEqualTo(1);
        assertThat(scan.getInt("percent")).isEqualTo(100);
        assertThat(scan.getList("failures", Map.class))
                .containsExactly(Map.of("item", "ratingKey a105", "reason", "title is missing"));
        // %test sets a page size of 2: eight items take four pages, read once for the owner and once more with the
        // Plex Home user's token for their ratings; each new item's full metadata is read once.
        List<String> pages = plex.requests().stream()
                .filter(r -> r.contains("/library/sections/11/all") && r.contains("Container-Size=2")).toList();
        assertThat(pages).hasSize(8);
        assertThat(pages.get(3)).contains("X-Plex-Container-Start=6");
        assertThat(plex.requests().stream().filter(r -> r.contains("/library/metadata/"))).hasSize(8);

        Map<String, MediaDiscoveredEvent> events = MediaItemsTopic.readUntilPresent(List.of(
                "movie:tmdb:603", "movie:imdb:tt0113277", "movie:tmdb:680", "movie:plex:5d776b59ad5437001f79c6f8",
                "movie:tmdb:27205", "movie:tmdb:194", "movie:tmdb:129"));
        MediaItem matrix = events.get("movie:tmdb:603").item();
        assertThat(matrix.source()).isEqualTo("plex");
        assertThat(matrix.externalIds()).isEqualTo(new ExternalIds(603L, 169L, "tt0133093"));
        assertThat(matrix.plex().ratingKey()).isEqualTo("a101");
        assertThat(matrix.plex().userRating()).isEqualTo(9.0);
        assertThat(matrix.directors()).containsExactly("Lana Wachowski", "Lilly Wachowski");
        assertThat(matrix.releaseDate()).isEqualTo(LocalDate.of(1999, 3, 30));
        assertThat(matrix.poster()).isEqualTo(new ImageRef("plex", "/library/metadata/a101/thumb/1718000000"));
        assertThat(events.get("movie:imdb:tt0113277").item().plex().guid())
                .isEqualTo("com.plexapp.agents.imdb://tt0113277?lang=en");
        assertThat(events.get("movie:tmdb:680").item().externalIds()).isEqualTo(ExternalIds.tmdb(680));
        assertThat(events.get("movie:tmdb:194").item().title()).isEqualTo("Amélie: Le Fabuleux Destin d’Amélie Poulain");
        assertThat(events.get("movie:tmdb:194").item().genres()).containsExactly("Comédie");
        assertThat(events.get("movie:tmdb:129").item().title()).isEqualTo("千と千尋の神隠し");
    }

    @Test
    @Order(3)
    void theOwnersStarRatingsAndWatchesBecomeRatingEventsAndHomeUsersGetTheirOwn() {
        List<RatingEvent> owner = RatingsTopic.of(OWNER);
        assertThat(owner).filteredOn(e -> e instanceof RatingGivenEvent).singleElement().satisfies(e -> {
            RatingGivenEvent rating = (RatingGivenEvent) e;
            assertThat(rating.mediaId()).isEqualTo("movie:tmdb:603");
            assertThat(rating.rating()).isEqualTo(9);
            assertThat(rating.source()).isEqualTo(RatingSource.PLEX);
        });
        assertThat(owner).filteredOn(e -> e instanceof MediaWatchedEvent)
                .extracting(e -> ((MediaWatchedEvent) e).mediaId(), RatingEvent::occurredAt)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("movie:tmdb:603", Instant.parse("2024-06-10T06:13:20Z")),
                        org.assertj.core.groups.Tuple.tuple("movie:tmdb:27205", Instant.ofEpochSecond(1_700_000_000L)));
        assertThat(RatingsTopic.of(KID)).singleElement().satisfies(e -> {
            assertThat(e).isInstanceOf(RatingGivenEvent.class);
            assertThat(((RatingGivenEvent) e).mediaId()).isEqualTo("movie:imdb:tt0113277");
            assertThat(((RatingGivenEvent) e).rating()).isEqualTo(6);
        });
    }

    @Test
    @Order(4)
    void anUnchangedRescanFetchesNothingAndPublishesNothing() {
        int itemEvents = MediaItemsTopic.about("movie:tmdb:603").size();
        int ratingEvents = RatingsTopic.of(OWNER).size() + RatingsTopic.of(KID).size();
        plex.clearRequests();

        JsonPath scan = Scans.scan("11");

        assertThat(scan.getString("state")).isEqualTo("completed");
        assertThat(scan.getInt("published")).isZero();
        assertThat(scan.getInt("skipped")).isEqualTo(7);
        assertThat(scan.getInt("failed")).isEqualTo(1);
        // Only the item that failed last time is read again.
        assertThat(plex.requests().stream().filter(r -> r.contains("/library/metadata/")))
                .singleElement().asString().contains("/library/metadata/a105");
        assertThat(MediaItemsTopic.about("movie:tmdb:603")).hasSize(itemEvents);
        assertThat(RatingsTopic.of(OWNER).size() + RatingsTopic.of(KID).size()).isEqualTo(ratingEvents);
    }

    @Test
    @Order(5)
    void aChangedItemIsPublishedAgainAVanishedOneIsRemovedAndAnUnratingIsPublished() {
        List<ObjectNode> changed = new ArrayList<>();
        for (ObjectNode item : movies) {
            String key = item.path("ratingKey").asText();
            if (key.equals("a104")) {
                continue; // deleted from Plex
            }
            ObjectNode copy = item.deepCopy();
            if (key.equals("a106")) {
                copy.put("title", "Inception (Director's Cut)").put("updatedAt", 1_800_000_000L);
            }
            if (key.equals("a101")) {
                copy.remove("userRating"); // un-rated in Plex
            }
            changed.add(copy);
        }
        plex.replaceItems("11", changed);

        JsonPath scan = Scans.scan("11");

        assertThat(scan.getInt("published")).isEqualTo(2); // Inception, and the Matrix (its Plex rating changed)
        List<MediaItemEvent> removed = MediaItemsTopic.about("movie:plex:5d776b59ad5437001f79c6f8");
        assertThat(removed.get(removed.size() - 1)).isInstanceOfSatisfying(MediaRemovedEvent.class,
                e -> assertThat(e.reason()).isEqualTo("no longer in Plex library section 11"));
        assertThat(MediaItemsTopic.readUntilPresent(List.of("movie:tmdb:27205")).get("movie:tmdb:27205").item().title())
                .isEqualTo("Inception (Director's Cut)");
        List<RatingEvent> owner = RatingsTopic.of(OWNER);
        assertThat(owner.get(owner.size() - 1)).isInstanceOfSatisfying(RatingRemovedEvent.class,
                e -> assertThat(e.mediaId()).isEqualTo("movie:tmdb:603"));
    }

    @Test
    @Order(6)
    void showLibrariesAreKeyedByTvdbId() {
        JsonPath scan = Scans.scan("12");

        assertThat(scan.getInt("published")).isEqualTo(2);
        Map<String, MediaDiscoveredEvent> events =
                MediaItemsTopic.readUntilPresent(List.of("show:tvdb:81189", "show:tvdb:121361"));
        MediaItem breakingBad = events.get("show:tvdb:81189").item();
        assertThat(breakingBad.type()).isEqualTo(MediaType.SHOW);
        assertThat(breakingBad.directors()).isEmpty();
        assertThat(breakingBad.runtimeMinutes()).isEqualTo(45);
    }

    @Test
    @Order(7)
    void theEventStreamReportsProgressAndEndsWithTheFinalState() {
        String id = given().contentType(ContentType.JSON).body(Map.of("libraryIds", List.of("11", "12")))
                .post("/api/scans").then().statusCode(202).body("state", equalTo("queued"))
                .body("libraries", equalTo(List.of("11", "12"))).extract().path("id");

        String stream = given().accept("text/event-stream").get("/api/scans/" + id + "/events")
                .then().statusCode(200).extract().asString();

        List<String> data = stream.lines().filter(l -> l.startsWith("data:")).toList();
        assertThat(data).isNotEmpty();
        JsonPath last = JsonPath.from(data.get(data.size() - 1).substring(5));
        assertThat(last.getString("state")).isEqualTo("completed");
        assertThat(last.getInt("seen")).isEqualTo(9);
        assertThat(given().get("/api/scans").then().statusCode(200).extract().jsonPath().getString("[0].id"))
                .isEqualTo(id);
    }

    @Test
    @Order(8)
    void aRejectedTokenIsABadGatewayThatDoesNotRevealTheToken() {
        plex.token("some-other-token");

        Response response = given().contentType(ContentType.JSON).body(Map.of("libraryIds", List.of("11")))
                .post("/api/scans").then().statusCode(502).extract().response();

        assertThat(response.jsonPath().getString("error")).isEqualTo("Plex rejected the token (HTTP 401)");
        assertThat(response.asString()).doesNotContain(TOKEN);
        given().get("/api/libraries").then().statusCode(502);
    }

    @Test
    @Order(9)
    void anUnknownLibraryIsNotFound() {
        given().contentType(ContentType.JSON).body(Map.of("libraryIds", List.of("13"))).post("/api/scans")
                .then().statusCode(404)
                .body("error", equalTo("Plex has no movie or show library with id '13' (GET /api/libraries lists them)"));
        given().get("/api/scans/no-such-scan").then().statusCode(404);
    }
}
