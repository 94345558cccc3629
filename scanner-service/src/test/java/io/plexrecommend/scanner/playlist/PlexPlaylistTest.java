package io.plexrecommend.scanner.playlist;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.broker.TopicClient;
import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.RecommendationListUpdatedEvent;
import io.plexrecommend.events.Topics;
import io.plexrecommend.events.kafka.DeadLetterHeaders;
import io.plexrecommend.scanner.demo.FakePlaylists;
import io.plexrecommend.scanner.demo.FakePlexServer;
import io.plexrecommend.scanner.support.FakeMetadataServer;
import io.plexrecommend.scanner.support.PlexFixtures;
import io.plexrecommend.scanner.support.Scans;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * recommendation-lists (a real broker) into Plex playlists on a {@link FakePlexServer} that implements PMS's playlist
 * endpoints: created in ranked order with each profile's own token, replaced by the next list, a user's playlist of
 * the same title left alone, the app's own deleted by the switch; an unreadable event dead-lettered.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FakeMetadataServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlexPlaylistTest {

    static final String TOKEN = "plex-token-PlaylistTest-51ab";
    static final String KID_TOKEN = "plex-token-PlaylistKid-77cd";
    static final String OWNER = "pl-owner";
    static final String KID = "pl-kid";
    static final long TMDB = 9_170_000L;
    static FakePlexServer plex;
    static FakePlaylists.Playlist usersOwn;

    /** The i-th scanned movie's media id and ratingKey (PlexFixtures.generatedMovies). */
    static String media(int i) {
        return "movie:tmdb:" + (TMDB + i);
    }

    static String key(int i) {
        return "g" + (TMDB + i);
    }

    @BeforeAll
    static void startPlex() {
        plex = PlexFixtures.server("Playlist Server", TOKEN, new FakePlexServer.Section("71", "Movies", "movie",
                PlexFixtures.generatedMovies(4, TMDB, i -> "Playlist Movie " + i)));
        plex.addUser(KID_TOKEN, item -> item);
    }

    /** Once, inside the first test: the service's HTTP port is open only once a test runs. */
    static void scanTheServer() {
        Scans.configure(plex.url(), TOKEN, null, null);
        settings(Map.of("plex", Map.of("profile", OWNER), "profiles", List.of(Map.of("profile", KID, "plexToken", KID_TOKEN))));
        assertThat(Scans.scan("71").getString("state")).isEqualTo("completed");
        // The owner made a playlist of the very same title in Plex: it is theirs, never ours to change.
        usersOwn = plex.addUserPlaylist(TOKEN, "Recommended for " + OWNER, List.of(key(3)));
    }

    @AfterAll
    static void stop() {
        plex.close();
    }

    @Test
    @Order(1)
    void listsAreKeptButNoPlaylistIsWrittenWhileTheSwitchIsOff() {
        scanTheServer();
        publish(RecommendationListUpdatedEvent.of(OWNER, "scheduled", List.of(media(2), media(0))));
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(plex.playlists()).containsExactly(usersOwn);
    }

    @Test
    @Order(2)
    void switchingOnWritesTheKeptListInRankedOrderCutToTheSizeWithTheProfilesToken() {
        settings(Map.of("playlists", Map.of("enabled", true, "size", 2)));
        given().get("/api/settings").then().statusCode(200).body("playlists.enabled", org.hamcrest.Matchers.is(true))
                .body("playlists.size", org.hamcrest.Matchers.is(2));

        FakePlaylists.Playlist ours = awaitOurs(TOKEN, List.of(key(2), key(0)));
        assertThat(ours.smart()).isFalse();
        assertThat(plex.requests()).anyMatch(r -> r.startsWith("POST /playlists?")
                && r.contains("smart=0") && r.contains("type=video")
                && r.contains("server%3A%2F%2F" + plex.machineIdentifier() + "%2Fcom.plexapp.plugins.library"
                        + "%2Flibrary%2Fmetadata%2F" + key(2) + "%2C" + key(0)));
    }

    @Test
    @Order(3)
    void theNextListReplacesTheContentOfTheSamePlaylistSkippingTitlesNotOnTheServer() {
        String before = ourPlaylist(TOKEN).orElseThrow().ratingKey();
        publish(RecommendationListUpdatedEvent.of(OWNER, "ratings-changed",
                List.of("movie:tmdb:1", media(1), media(3), media(2))));

        FakePlaylists.Playlist ours = awaitOurs(TOKEN, List.of(key(1), key(3)));
        assertThat(ours.ratingKey()).isEqualTo(before);
        assertThat(plex.playlists()).filteredOn(p -> p.owner().equals(TOKEN)).hasSize(2).contains(usersOwn);
    }

    @Test
    @Order(4)
    void aPlexHomeProfileGetsItsOwnPlaylistWithItsOwnToken() {
        publish(RecommendationListUpdatedEvent.of(KID, "ratings-changed", List.of(media(3))));
        FakePlaylists.Playlist kids = awaitOurs(KID_TOKEN, List.of(key(3)));
        assertThat(kids.title()).isEqualTo("Recommended for " + KID);
    }

    @Test
    @Order(5)
    void anUnreadableListGoesToTheDeadLetterTopic() {
        TopicClient.forTestBroker().send(Topics.RECOMMENDATION_LISTS, OWNER, "{\"eventType\":\"RecommendationListUpdatedEvent\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicClient.forTestBroker()
                .readToEnd(Topics.deadLetter(Topics.RECOMMENDATION_LISTS), Duration.ofSeconds(5)).stream()
                .anyMatch(r -> OWNER.equals(r.key()) && TopicClient.header(r, DeadLetterHeaders.REASON) != null));
        assertThat(ourPlaylist(TOKEN).orElseThrow().items()).containsExactly(key(1), key(3));
    }

    @Test
    @Order(6)
    void switchingOffDeletesOnlyTheAppsPlaylists() {
        settings(Map.of("playlists", Map.of("enabled", false)));
        await().atMost(Duration.ofSeconds(20)).until(() -> ourPlaylist(TOKEN).isEmpty() && ourPlaylist(KID_TOKEN).isEmpty());
        assertThat(plex.playlists()).containsExactly(usersOwn);
        Scans.clearProfiles(); // test classes share the database: the next must not find this one's profiles
    }

    private static FakePlaylists.Playlist awaitOurs(String token, List<String> items) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> ourPlaylist(token).map(p -> p.items().equals(items)).orElse(false));
        return ourPlaylist(token).orElseThrow();
    }

    /** The app's playlist of the token's user: the one titled like ours that is not the user's own. */
    private static Optional<FakePlaylists.Playlist> ourPlaylist(String token) {
        return plex.playlists().stream().filter(p -> p.owner().equals(token))
                .filter(p -> !p.ratingKey().equals(usersOwn.ratingKey())).findFirst();
    }

    private static void publish(RecommendationListUpdatedEvent event) {
        TopicClient.forTestBroker().send(Topics.RECOMMENDATION_LISTS, event.key(), EventCodec.encode(event));
    }

    private static void settings(Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body).put("/api/settings").then().statusCode(200);
    }
}
