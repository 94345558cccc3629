package io.plexrecommend.scanner.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.ExternalIds;
import io.plexrecommend.events.ImageRef;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.RelatedTitles;
import io.plexrecommend.scanner.MediaItemsTopic;
import io.plexrecommend.scanner.demo.FakePlexServer;
import io.plexrecommend.scanner.support.FakeMetadataServer;
import io.plexrecommend.scanner.support.Metadata;
import io.plexrecommend.scanner.support.PlexFixtures;
import io.plexrecommend.scanner.support.Scans;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
 * Enrichment from the fake TMDB and TVDB: what is merged (crowd lists included, from recorded TMDB answers), how
 * often they are asked, and the cache.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FakeMetadataServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EnrichmentTest {

    static final String TOKEN = "plex-token-EnrichmentTest-31c";

    @Inject
    AgroalDataSource db;
    static FakePlexServer plex;
    static List<ObjectNode> movies;

    @BeforeAll
    static void startPlex() {
        movies = new ArrayList<>(PlexFixtures.generatedMovies(3, 5001, i -> "Plex Movie " + i));
        ObjectNode legacy = PlexFixtures.generatedMovies(1, 5010, i -> "Legacy Agent Movie").get(0);
        legacy.remove("Guid");
        legacy.put("guid", "com.plexapp.agents.imdb://tt7005010?lang=en");
        movies.add(legacy);
        ObjectNode unknown = PlexFixtures.generatedMovies(1, 900_000_001L, i -> "Unknown To TMDB").get(0);
        movies.add(unknown);
        plex = PlexFixtures.server("Enrich", TOKEN,
                new FakePlexServer.Section("21", "Movies", "movie", movies),
                new FakePlexServer.Section("22", "Shows", "show",
                        PlexFixtures.prefixed("b", PlexFixtures.items("section-2-all.json"))),
                new FakePlexServer.Section("23", "Recorded movies", "movie", List.of(fightClub())),
                new FakePlexServer.Section("24", "Recorded shows", "show", List.of(theBoys())));
    }

    @AfterAll
    static void stopPlex() {
        plex.close();
    }

    @BeforeEach
    void configure() {
        Scans.configure(plex.url(), TOKEN, FakeMetadataServer.TMDB_KEY, FakeMetadataServer.TVDB_KEY);
        Metadata.reset();
    }

    @Test
    @Order(1)
    void moviesGetKeywordsCreditsAndCompaniesFromOneTmdbCallEach() {
        JsonPath scan = Scans.scan("21");

        assertThat(scan.getString("state")).isEqualTo("completed");
        assertThat(scan.getInt("published")).isEqualTo(5);
        assertThat(scan.getList("failures")).isEmpty();
        List<String> calls = Metadata.requestsTo("/3/movie/5001");
        assertThat(calls).singleElement().asString()
                .contains("append_to_response=keywords%2Ccredits%2Cexternal_ids%2Crecommendations%2Csimilar");

        Map<String, MediaDiscoveredEvent> events = MediaItemsTopic.readUntilPresent(
                List.of("movie:tmdb:5001", "movie:tmdb:5010", "movie:tmdb:900000001"));
        MediaItem movie = events.get("movie:tmdb:5001").item();
        assertThat(movie.title()).isEqualTo("Plex Movie 0");
        assertThat(movie.keywords()).containsExactly("keyword 5001", "shared keyword");
        assertThat(movie.cast()).containsExactly("First Billed 5001", "Second Billed 5001", "Third Billed 5001",
                "Fourth Billed 5001");
        assertThat(movie.directors()).containsExactly("Director 5001");
        assertThat(movie.studios()).containsExactly("Studio 5001");
        assertThat(movie.collection()).isEqualTo("Collection 5001");
        assertThat(movie.externalIds()).isEqualTo(new ExternalIds(5001L, null, "tt7005001"));
        assertThat(movie.voteCount()).isEqualTo(4321);
        assertThat(movie.poster()).isEqualTo(new ImageRef("tmdb", "/poster5001.jpg"));
        assertThat(movie.related()).containsExactly(
                new RelatedTitles(RelatedTitles.TMDB_RECOMMENDATIONS, List.of(5002L, 5003L, 5004L)),
                new RelatedTitles(RelatedTitles.TMDB_SIMILAR, List.of(5004L, 5005L)));
        // Known to Plex only by its IMDb id (legacy agent): found on TMDB, and so keyed by its TMDB id.
        MediaItem legacy = events.get("movie:tmdb:5010").item();
        assertThat(legacy.externalIds()).isEqualTo(new ExternalIds(5010L, null, "tt7005010"));
        assertThat(legacy.keywords()).contains("keyword 5010");
        assertThat(Metadata.requestsTo("/3/find/tt7005010")).hasSize(1);
        // TMDB does not know it (404): published from Plex alone, and not a failure.
        assertThat(events.get("movie:tmdb:900000001").item().keywords()).isEmpty();
    }

    @Test
    @Order(2)
    void showsGetCreatorsFromTmdbAndTagsAndCharactersFromTvdb() {
        JsonPath scan = Scans.scan("22");

        assertThat(scan.getInt("published")).isEqualTo(2);
        assertThat(Metadata.requestsTo("/v4/login")).hasSize(1);
        assertThat(Metadata.requestsTo("/3/tv/1396").get(0))
                .contains("keywords%2Caggregate_credits%2Cexternal_ids%2Crecommendations%2Csimilar");
        MediaItem breakingBad = MediaItemsTopic.readUntilPresent(List.of("show:tvdb:81189")).get("show:tvdb:81189").item();
        assertThat(breakingBad.creators()).containsExactly("Creator 1396");
        assertThat(breakingBad.keywords()).containsExactly("tv keyword 1396", "Anti-Hero", "Desert");
        assertThat(breakingBad.cast()).hasSize(7).startsWith("TVDB Actor 0").doesNotContain("TVDB Director");
        assertThat(breakingBad.studios()).contains("Network 1396");
        assertThat(breakingBad.status()).isEqualTo("Ended");
        // Game of Thrones has only a TVDB id in Plex: TMDB finds it by that id.
        assertThat(Metadata.requestsTo("/3/find/121361")).hasSize(1);
        assertThat(Metadata.requestsTo("/3/tv/1399")).hasSize(1);
    }

    @Test
    @Order(3)
    void aChangedItemIsEnrichedFromTheCacheWithoutAskingTmdbAgain() {
        List<ObjectNode> touched = movies.stream().map(m -> m.deepCopy().put("updatedAt", 1_750_000_000L)).toList();
        plex.replaceItems("21", touched);

        JsonPath scan = Scans.scan("21");

        // Plex says they changed, so each is read again; the enriched result is the same, so nothing is published.
        assertThat(scan.getInt("skipped")).isEqualTo(5);
        assertThat(plex.requests().stream().filter(r -> r.contains("/library/metadata/g5001"))).hasSize(2);
        assertThat(Metadata.requestsTo("/3/")).isEmpty();
    }

    @Test
    @Order(4)
    void anExpiredTvdbTokenIsRenewedByLoggingInAgain() {
        ObjectNode show = PlexFixtures.generatedMovies(1, 424_242, i -> "A Show Added Later").get(0);
        show.put("type", "show").put("ratingKey", "b-later").put("guid", "plex://show/later");
        show.putArray("Guid").addObject().put("id", "tvdb://3333");
        List<ObjectNode> shows = new ArrayList<>(PlexFixtures.prefixed("b", PlexFixtures.items("section-2-all.json")));
        shows.add(show);
        plex.replaceItems("22", shows);
        io.restassured.RestAssured.given().post(Metadata.url() + "/fake/tvdb/expire").then().statusCode(200);

        JsonPath scan = Scans.scan("22");

        assertThat(scan.getList("failures")).isEmpty();
        assertThat(Metadata.requestsTo("/v4/series/3333/extended")).hasSize(2); // refused, then accepted
        assertThat(Metadata.requestsTo("/v4/login")).hasSize(1);
        assertThat(MediaItemsTopic.readUntilPresent(List.of("show:tvdb:3333")).get("show:tvdb:3333").item().keywords())
                .contains("Anti-Hero");
    }

    @Test
    @Order(5)
    void aMovieCarriesTmdbsRecommendationsAndSimilarTitlesFromTheRecordedAnswerInTmdbsOrder() throws SQLException {
        // Fight Club as enriched before the crowd lists were asked for: its details answer, cached under the bare id
        // and fresh, holds no recommendations. It must not stand in for the new request.
        cacheStaleAnswer("tmdb-movie", "550", "{\"id\":550,\"title\":\"Fight Club\",\"keywords\":{\"keywords\":"
                + "[{\"id\":1,\"name\":\"stale keyword\"}]}}");

        JsonPath scan = Scans.scan("23");

        assertThat(scan.getList("failures")).isEmpty();
        assertThat(Metadata.requestsTo("/3/movie/550")).singleElement().asString()
                .contains("append_to_response=keywords%2Ccredits%2Cexternal_ids%2Crecommendations%2Csimilar");
        MediaItem movie = MediaItemsTopic.readUntilPresent(List.of("movie:tmdb:550")).get("movie:tmdb:550").item();
        assertThat(movie.source()).isEqualTo("plex");
        // recommendations.results[].id and similar.results[].id of the recording, in its order.
        assertThat(movie.related()).containsExactly(
                new RelatedTitles(RelatedTitles.TMDB_RECOMMENDATIONS, List.of(680L, 807L)),
                new RelatedTitles(RelatedTitles.TMDB_SIMILAR, List.of(903L, 907L)));
        assertThat(movie.keywords()).containsExactly("based on novel or book", "support group");
    }

    @Test
    @Order(6)
    void aShowCarriesTmdbsRecommendationsAndSimilarTitlesFromTheRecordedAnswer() {
        JsonPath scan = Scans.scan("24");

        assertThat(scan.getList("failures")).isEmpty();
        assertThat(Metadata.requestsTo("/3/tv/76479")).singleElement().asString()
                .contains("append_to_response=keywords%2Caggregate_credits%2Cexternal_ids%2Crecommendations%2Csimilar");
        MediaItem show = MediaItemsTopic.readUntilPresent(List.of("show:tvdb:355567")).get("show:tvdb:355567").item();
        assertThat(show.related()).containsExactly(
                new RelatedTitles(RelatedTitles.TMDB_RECOMMENDATIONS, List.of(82856L, 71912L)),
                new RelatedTitles(RelatedTitles.TMDB_SIMILAR, List.of(6332L)));
        assertThat(show.creators()).containsExactly("Eric Kripke");
    }

    private static ObjectNode fightClub() {
        ObjectNode movie = PlexFixtures.generatedMovies(1, 550, i -> "Fight Club").get(0);
        movie.put("ratingKey", "c550").put("year", 1999);
        return movie;
    }

    private static ObjectNode theBoys() {
        ObjectNode show = PlexFixtures.generatedMovies(1, 76479, i -> "The Boys").get(0);
        show.put("type", "show").put("ratingKey", "c76479").put("guid", "plex://show/the-boys").put("year", 2019);
        show.putArray("Guid").add(show.objectNode().put("id", "tmdb://76479"))
                .add(show.objectNode().put("id", "tvdb://355567"));
        return show;
    }

    private void cacheStaleAnswer(String source, String ref, String body) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO enrichment (source, ref, body, fetched_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, source);
            s.setString(2, ref);
            s.setString(3, body);
            s.setLong(4, System.currentTimeMillis());
            s.executeUpdate();
        }
    }
}
