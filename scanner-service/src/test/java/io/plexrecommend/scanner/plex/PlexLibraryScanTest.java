package io.plexrecommend.scanner.plex;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.ExternalIds;
import io.plexrecommend.events.ImageRef;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.events.PlexRef;
import io.plexrecommend.scanner.MediaItemsTopic;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = FakePlexServer.class, restrictToAnnotatedClass = true)
class PlexLibraryScanTest {

    /** Where FakePlexServer listens; its /fake/ endpoints steer it. */
    private final String plexUrl = ConfigProvider.getConfig().getValue("scanner.plex.url", String.class);

    @Test
    void listsOnlyTheMovieAndShowLibraries() {
        Response response = given().get("/api/libraries").then().statusCode(200).extract().response();

        assertThat(response.jsonPath().getList("", Map.class)).containsExactly(
                Map.of("id", "1", "title", "Movies", "type", "movie"),
                Map.of("id", "2", "title", "TV Shows", "type", "show"));
        assertThat(response.asString()).doesNotContain(FakePlexServer.TOKEN);
    }

    @Test
    void scanReadsEveryPagePublishesEachItemAndReportsTheBrokenOne() {
        given().delete(plexUrl + "/fake/requests").then().statusCode(204);

        Response response = given().post("/api/libraries/1/scan").then().statusCode(200).extract().response();

        JsonPath report = response.jsonPath();
        assertThat(report.getString("library")).isEqualTo("1");
        assertThat(report.getInt("seen")).isEqualTo(6);
        assertThat(report.getInt("published")).isEqualTo(5);
        assertThat(report.getList("failed", Map.class)).hasSize(1);
        assertThat(report.getString("failed[0].ratingKey")).isEqualTo("105");
        assertThat(report.getString("failed[0].title")).isNull();
        assertThat(report.getString("failed[0].reason")).contains("title is missing");
        assertThat(response.asString()).doesNotContain(FakePlexServer.TOKEN);

        // %test sets a page size of 2: six items take three pages.
        List<String> pages = Arrays.stream(given().get(plexUrl + "/fake/requests").asString().split("\n"))
                .filter(r -> r.contains("/library/sections/1/all")).toList();
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0)).contains("X-Plex-Container-Start=0").contains("X-Plex-Container-Size=2");
        assertThat(pages.get(1)).contains("X-Plex-Container-Start=2");
        assertThat(pages.get(2)).contains("X-Plex-Container-Start=4");

        Map<String, MediaDiscoveredEvent> events = MediaItemsTopic.readUntilPresent(List.of(
                "movie:tmdb:603", "movie:imdb:tt0113277", "movie:tmdb:680",
                "movie:plex:5d776b59ad5437001f79c6f8", "movie:tmdb:27205"));
        assertThat(events).doesNotContainKey("movie:tmdb:120");

        MediaItem matrix = events.get("movie:tmdb:603").item();
        assertThat(matrix.type()).isEqualTo(MediaType.MOVIE);
        assertThat(matrix.source()).isEqualTo("plex");
        assertThat(matrix.externalIds()).isEqualTo(new ExternalIds(603L, 169L, "tt0133093"));
        assertThat(matrix.plex()).isEqualTo(new PlexRef("101", "plex://movie/5d7768ba96b655001fdc0408", "1", "Movies",
                9.0, 2, Instant.parse("2024-06-10T06:13:20Z")));
        assertThat(matrix.title()).isEqualTo("The Matrix");
        assertThat(matrix.originalTitle()).isEqualTo("The Matrix");
        assertThat(matrix.year()).isEqualTo(1999);
        assertThat(matrix.overview()).startsWith("Set in the 22nd century");
        assertThat(matrix.tagline()).isEqualTo("Welcome to the Real World.");
        assertThat(matrix.runtimeMinutes()).isEqualTo(136);
        assertThat(matrix.genres()).containsExactly("Action", "Science Fiction");
        assertThat(matrix.directors()).containsExactly("Lana Wachowski", "Lilly Wachowski");
        assertThat(matrix.cast()).containsExactly("Keanu Reeves", "Laurence Fishburne", "Carrie-Anne Moss");
        assertThat(matrix.countries()).containsExactly("United States of America");
        assertThat(matrix.studios()).containsExactly("Village Roadshow Pictures");
        assertThat(matrix.contentRating()).isEqualTo("R");
        assertThat(matrix.releaseDate()).isEqualTo(LocalDate.of(1999, 3, 30));
        assertThat(matrix.voteAverage()).isEqualTo(8.7);
        assertThat(matrix.poster()).isEqualTo(new ImageRef("plex", "/library/metadata/101/thumb/1718000000"));

        MediaItem heat = events.get("movie:imdb:tt0113277").item();
        assertThat(heat.externalIds()).isEqualTo(new ExternalIds(null, null, "tt0113277"));
        assertThat(heat.voteAverage()).isEqualTo(8.3);
        assertThat(heat.plex().guid()).isEqualTo("com.plexapp.agents.imdb://tt0113277?lang=en");
        assertThat(events.get("movie:tmdb:680").item().externalIds()).isEqualTo(ExternalIds.tmdb(680));
        MediaItem unmatched = events.get("movie:plex:5d776b59ad5437001f79c6f8").item();
        assertThat(unmatched.externalIds()).isEqualTo(ExternalIds.NONE);
        assertThat(unmatched.plex().ratingKey()).isEqualTo("104");
    }

    @Test
    void showLibrariesAreKeyedByTvdbId() {
        given().post("/api/libraries/2/scan").then().statusCode(200)
                .body("library", equalTo("2")).body("seen", equalTo(2)).body("published", equalTo(2))
                .body("failed.size()", equalTo(0));

        Map<String, MediaDiscoveredEvent> events =
                MediaItemsTopic.readUntilPresent(List.of("show:tvdb:81189", "show:tvdb:121361"));
        MediaItem breakingBad = events.get("show:tvdb:81189").item();
        assertThat(breakingBad.type()).isEqualTo(MediaType.SHOW);
        assertThat(breakingBad.externalIds()).isEqualTo(new ExternalIds(1396L, 81189L, "tt0903747"));
        assertThat(breakingBad.plex().libraryTitle()).isEqualTo("TV Shows");
        assertThat(breakingBad.plex().userRating()).isEqualTo(10.0);
        assertThat(breakingBad.runtimeMinutes()).isEqualTo(45);
        assertThat(breakingBad.directors()).isEmpty();
        assertThat(breakingBad.voteAverage()).isEqualTo(9.5);
        assertThat(events.get("show:tvdb:121361").item().externalIds()).isEqualTo(new ExternalIds(null, 121361L, null));
    }

    @Test
    void aLibraryThatIsNotMovieOrShowIsNotFound() {
        given().post("/api/libraries/3/scan").then().statusCode(404)
                .body("error", equalTo("Plex has no movie or show library with id '3' (GET /api/libraries lists them)"));
    }

    @Test
    void aRejectedTokenIsABadGatewayThatDoesNotRevealTheToken() {
        given().body("some-other-token").put(plexUrl + "/fake/token").then().statusCode(204);
        try {
            Response response = given().get("/api/libraries").then().statusCode(502).extract().response();
            assertThat(response.jsonPath().getString("error")).isEqualTo("Plex rejected the token (HTTP 401)");
            assertThat(response.asString()).doesNotContain(FakePlexServer.TOKEN);

            given().post("/api/libraries/1/scan").then().statusCode(502)
                    .body("error", equalTo("Plex rejected the token (HTTP 401)"));
        } finally {
            given().body(FakePlexServer.TOKEN).put(plexUrl + "/fake/token").then().statusCode(204);
        }
    }
}
