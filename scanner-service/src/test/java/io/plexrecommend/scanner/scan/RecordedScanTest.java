package io.plexrecommend.scanner.scan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.scanner.MediaItemsTopic;
import io.plexrecommend.scanner.demo.FakePlexServer;
import io.plexrecommend.scanner.plex.PlexItemMapper;
import io.plexrecommend.scanner.support.FakeMetadataServer;
import io.plexrecommend.scanner.support.PlexFixtures;
import io.plexrecommend.scanner.support.Recorded;
import io.plexrecommend.scanner.support.Scans;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scans of a fake Plex serving answers recorded from real servers (src/test/resources/recorded/plex, see
 * PROVENANCE.md): the section listing as PMS sent it, listings of Plex's modern agents, of HAMA and of the "none"
 * agent, full metadata with every role, and XML answers as a server behind a proxy that drops {@code Accept} sends.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FakeMetadataServer.class)
class RecordedScanTest {

    static final String TOKEN = "plex-token-RecordedScanTest-7d2";

    @Test
    void aLibraryOfRecordedAnswersIsScannedWithADistinctIdPerItemAndTheCastCapped() {
        ObjectNode betterCallSaul = Recorded.items("metadata/44288-better-call-saul.json").get(0);
        ObjectNode bigTrouble = Recorded.webhookItem("webhooks/media.rate-movie-full-metadata.json");
        try (FakePlexServer plex = PlexFixtures.server("Recorded", TOKEN,
                new FakePlexServer.Section("1", "Movies", "movie", Recorded.items("library/section-1-all-movies.json")),
                new FakePlexServer.Section("2", "TV Series ", "show", List.of(betterCallSaul)),
                new FakePlexServer.Section("3", "Anime", "show", Recorded.items("library/section-3-all-anime-hama.json")),
                new FakePlexServer.Section("5", "Graduation", "movie", Recorded.items("library/section-5-all-none-agent.json")),
                new FakePlexServer.Section("7", "Kids Movies", "movie", List.of(bigTrouble)))) {
            plex.respond("/library/sections", "application/json", Recorded.text("library/sections.json"));
            plex.respond("/library/metadata/44288", "application/json", Recorded.text("metadata/44288-better-call-saul.json"));
            Scans.configure(plex.url(), TOKEN, null, null);

            List<Map<String, Object>> libraries = given().get("/api/libraries").then().statusCode(200)
                    .extract().jsonPath().getList("$");
            assertThat(libraries).extracting(l -> l.get("id")).containsExactly("1", "3", "2", "5", "7");
            JsonPath scan = Scans.scan();

            assertThat(scan.getString("state")).isEqualTo("completed");
            assertThat(scan.getInt("failed")).as(scan.prettify()).isZero();
            assertThat(scan.getInt("published")).isEqualTo(12);
            Map<String, MediaDiscoveredEvent> published = MediaItemsTopic.readUntilPresent(List.of(
                    "movie:plex:5d776841103a2d001f56a97b", "movie:plex:5d776834961905001eb939ac",
                    "movie:plex:5d776831a091de001f2e7756", "show:tvdb:273181",
                    "show:plex:hama.anidb-17494", "show:tvdb:305074", "show:plex:hama.anidb-1.1.5",
                    "show:plex:hama.anidb-2.1.5", "movie:plex:local.8369", "movie:plex:local.8370",
                    "movie:plex:none.8371", "movie:tmdb:6978"));
            MediaItem saul = published.get("show:tvdb:273181").item();
            assertThat(saul.externalIds().tmdb()).isEqualTo(60059L);
            assertThat(saul.cast()).as("34 roles recorded").hasSize(PlexItemMapper.CAST_LIMIT)
                    .startsWith("Bob Odenkirk", "Jonathan Banks", "Rhea Seehorn");
            MediaItem movie = published.get("movie:tmdb:6978").item();
            assertThat(movie.cast()).as("52 roles recorded").hasSize(PlexItemMapper.CAST_LIMIT);
            assertThat(movie.externalIds().tvdb()).isEqualTo(1876L);
            assertThat(published.get("movie:plex:5d776834961905001eb939ac").item().title()).isEqualTo("9½ Weeks");
        }
    }

    @Test
    void aTheTvdbMovieIdNeverMatchesAShow() {
        ObjectNode bigTrouble = Recorded.webhookItem("webhooks/media.rate-movie-full-metadata.json");
        try (FakePlexServer plex = PlexFixtures.server("Recorded tvdb", TOKEN,
                new FakePlexServer.Section("71", "Movies", "movie", List.of(bigTrouble)))) {
            Scans.configure(plex.url(), TOKEN, null, null);
            assertThat(Scans.scan("71").getString("state")).isEqualTo("completed");

            // Plex's movie agent gave the movie tvdb://1876, a TheTVDB *movie* id; a series with TVDB id 1876 is
            // another title and must stay unmatched.
            String csv = """
                    rated_at,type,title,year,rating,trakt_id,imdb_id,tmdb_id,tvdb_id
                    2024-01-02T10:00:00.000Z,show,A Series Numbered 1876,2001,8,1,,,1876
                    2024-01-02T10:00:00.000Z,movie,,,9,2,,,1876
                    """;
            JsonPath report = given().contentType("text/csv").body(csv)
                    .post("/api/profiles/recorded-tvdb/ratings/import?format=trakt").then().statusCode(200)
                    .extract().jsonPath();

            assertThat(report.getInt("matched")).as(report.prettify()).isEqualTo(1);
            assertThat(report.getInt("unmatched")).isEqualTo(1);
            assertThat(report.getString("problems[0].title")).isEqualTo("A Series Numbered 1876");
        }
    }

    @Test
    void aServerAnsweringXmlIsReadAndABrokenItemFailsAlone() {
        try (FakePlexServer plex = PlexFixtures.server("Behind a proxy", TOKEN)) {
            plex.respond("/library/sections", "text/xml", Recorded.text("xml/library-sections.xml"));
            plex.respond("/library/sections/1/all", "text/xml", Recorded.text("xml/library-movies-all.xml"));
            plex.respond("/library/sections/2/all", "text/xml", Recorded.text("xml/library-tvshows-all.xml"));
            // Movie 2's own record breaks off mid-element: that item fails, the scan goes on.
            plex.respond("/library/metadata/2", "text/xml", "<MediaContainer size=\"1\"><Video ratingKey=\"2\" title=");
            Scans.configure(plex.url(), TOKEN, null, null);

            given().get("/api/libraries").then().statusCode(200)
                    .body("id", org.hamcrest.Matchers.contains("1", "2"))
                    .body("itemCount", org.hamcrest.Matchers.contains(2, 1));
            JsonPath scan = Scans.scan("1", "2");

            assertThat(scan.getString("state")).isEqualTo("completed");
            assertThat(scan.getInt("seen")).isEqualTo(3);
            assertThat(scan.getInt("failed")).isEqualTo(1);
            assertThat(scan.getString("failures[0].item")).isEqualTo("Movie 2");
            assertThat(scan.getString("failures[0].reason")).contains("not the expected Plex XML");
            Map<String, MediaDiscoveredEvent> published = MediaItemsTopic.readUntilPresent(
                    List.of("movie:imdb:tt0123456", "show:tvdb:12345"));
            MediaItem movie = published.get("movie:imdb:tt0123456").item();
            assertThat(movie.title()).isEqualTo("Movie 1");
            assertThat(movie.year()).isEqualTo(2000);
            assertThat(movie.genres()).containsExactly("Sci-Fi", "Action");
            assertThat(movie.cast()).containsExactly("Actor 1", "Actor 2", "Actor 3");
            assertThat(movie.plex().viewCount()).isEqualTo(1);
            MediaItem show = published.get("show:tvdb:12345").item();
            assertThat(show.genres()).containsExactly("Action", "Animated");
            assertThat(show.cast()).containsExactly("Some Actor", "Another One");
        }
    }
}
