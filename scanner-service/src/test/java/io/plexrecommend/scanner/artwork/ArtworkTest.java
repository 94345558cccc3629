package io.plexrecommend.scanner.artwork;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.scanner.demo.FakePlexServer;
import io.plexrecommend.scanner.support.FakeMetadataServer;
import io.plexrecommend.scanner.support.Metadata;
import io.plexrecommend.scanner.support.PlexFixtures;
import io.plexrecommend.scanner.support.Scans;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FakeMetadataServer.class)
class ArtworkTest {

    static final String TOKEN = "plex-token-ArtworkTest-c4d";

    @Test
    void postersComeFromPlexWithTheTokenOrFromTmdbAndNothingElseIsFetched() {
        var movies = PlexFixtures.prefixed("art", PlexFixtures.items("section-1-all.json")).stream()
                .filter(m -> m.path("ratingKey").asText().equals("art101")).toList();
        var tmdbOnly = PlexFixtures.generatedMovies(1, 7001, i -> "Poster From TMDB");
        try (FakePlexServer plex = PlexFixtures.server("Art", TOKEN,
                new FakePlexServer.Section("41", "Movies", "movie", movies),
                new FakePlexServer.Section("42", "More", "movie", tmdbOnly))) {
            Scans.configure(plex.url(), TOKEN, FakeMetadataServer.TMDB_KEY, null);
            Scans.scan("41", "42");
            Metadata.reset();

            Response fromPlex = given().get("/api/artwork/movie:tmdb:603").then().statusCode(200).extract().response();
            assertThat(fromPlex.contentType()).isEqualTo("image/png");
            assertThat(fromPlex.header("Cache-Control")).contains("max-age=");
            assertThat(fromPlex.asByteArray()).startsWith(0x89, 'P', 'N', 'G');
            assertThat(plex.requests()).contains("GET /library/metadata/art101/thumb/1718000000");

            Response fromTmdb = given().get("/api/artwork/movie:tmdb:7001?width=300").then().statusCode(200)
                    .extract().response();
            assertThat(fromTmdb.contentType()).isEqualTo("image/jpeg");
            assertThat(Metadata.requests()).singleElement().asString().endsWith("GET /t/p/w342/poster7001.jpg");
        }
        given().get("/api/artwork/movie:tmdb:424242").then().statusCode(404);
        given().get("/api/artwork/not-a-media-id").then().statusCode(404);
    }

    @Test
    void demoItemsHaveNoArtwork() {
        String id = given().post("/api/demo-library").then().statusCode(202).extract().path("id");
        Scans.awaitFinal(id, Duration.ofSeconds(120));

        given().get("/api/artwork/show:tvdb:305288").then().statusCode(404);
    }
}
