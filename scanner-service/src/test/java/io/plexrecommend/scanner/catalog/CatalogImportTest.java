package io.plexrecommend.scanner.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.ExternalIds;
import io.plexrecommend.events.ImageRef;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.scanner.MediaItemsTopic;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class CatalogImportTest {

    private static final String FIGHT_CLUB = """
            {"tmdb_id": 550, "title": "Fight Club", "year": 1999, "overview": "A ticking-time-bomb insomniac and a \
            slippery soap salesman channel primal male aggression into a shocking new form of therapy.", \
            "genres": ["Drama"], "keywords": ["support group", "dual identity"], "cast": ["Edward Norton", \
            "Brad Pitt", "Helena Bonham Carter"], "directors": ["David Fincher"], "popularity": 63.869599, \
            "vote_average": 8.3, "vote_count": 9413, "original_language": "en", "release_date": "1999-10-15", \
            "imdb_id": "tt0137523", "original_title": "Fight Club", "runtime": 139, "tagline": "Mischief. Mayhem. Soap.", \
            "content_rating": "R", "poster_path": "/pB8BM7pdSp6B6Ih7QZ4DrQ3PmJK.jpg", \
            "source_item_ids": {"movielens_movieId": [2959]}, "metadata_sources": ["tmdb-5000"]}""";
    private static final String HIMYM = """
            {"type": "show", "tvdb_id": 75760, "tmdb_id": 1100, "title": "How I Met Your Mother", "year": 2005, \
            "genres": ["Comedy"], "cast": ["Josh Radnor"], "directors": [], "original_language": "en", \
            "release_date": "2005-09-19", "imdb_id": "tt0460649"}""";
    private static final String KILL_BILL = """
            {"tmdb_id": 24, "title": "Kill Bill: Vol. 1", "year": 2003, "genres": ["Action", "Crime"], \
            "keywords": [], "cast": ["Uma Thurman"], "directors": ["Quentin Tarantino"], "popularity": 48.1, \
            "vote_average": 7.7, "vote_count": 5091, "original_language": null, "release_date": "2003-10-10", \
            "imdb_id": "tt0266697", "original_title": "Kill Bill: Vol. 1"}""";

    @Test
    void publishesEachLineAndReportsMalformedLinesByNumberWithoutStopping() {
        String body = String.join("\n",
                FIGHT_CLUB,
                HIMYM,
                "{\"tmdb_id\": 913013, \"title\": \"Forrest Gump\"",
                "",
                "{\"tmdb_id\": 913014, \"year\": 1999}",
                "{\"title\": \"A title without any id\", \"year\": 2001}",
                "{\"tmdb_id\": 913015, \"title\": \"Citizen Kane\", \"release_date\": \"1941-13-45\"}",
                KILL_BILL) + "\n";

        JsonPath report = given().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/catalog/import").then().statusCode(200).extract().jsonPath();

        assertThat(report.getInt("lines")).isEqualTo(8);
        assertThat(report.getInt("published")).isEqualTo(3);
        assertThat(report.getInt("blank")).isEqualTo(1);
        List<Map<String, Object>> failed = report.getList("failed");
        assertThat(failed).extracting(f -> f.get("line")).containsExactly(3, 5, 6, 7);
        assertThat(failed.get(0).get("reason").toString()).startsWith("not valid JSON");
        assertThat(failed.get(1).get("reason")).isEqualTo("title is missing");
        assertThat(failed.get(2).get("reason").toString()).contains("no id").contains("tmdb_id");
        assertThat(failed.get(3).get("reason"))
                .isEqualTo("release_date '1941-13-45' is not a date (expected YYYY-MM-DD)");

        Map<String, MediaDiscoveredEvent> events =
                MediaItemsTopic.readUntilPresent(List.of("movie:tmdb:550", "show:tvdb:75760", "movie:tmdb:24"));
        // Ids no other test class publishes: the topic is shared (the demo library has 13, 14 and 15).
        assertThat(events).doesNotContainKeys("movie:tmdb:913013", "movie:tmdb:913014", "movie:tmdb:913015");

        MediaItem fightClub = events.get("movie:tmdb:550").item();
        assertThat(fightClub.type()).isEqualTo(MediaType.MOVIE);
        assertThat(fightClub.source()).isEqualTo("catalog");
        assertThat(fightClub.plex()).isNull();
        assertThat(fightClub.externalIds()).isEqualTo(new ExternalIds(550L, null, "tt0137523"));
        assertThat(fightClub.title()).isEqualTo("Fight Club");
        assertThat(fightClub.originalTitle()).isEqualTo("Fight Club");
        assertThat(fightClub.year()).isEqualTo(1999);
        assertThat(fightClub.overview()).startsWith("A ticking-time-bomb insomniac");
        assertThat(fightClub.tagline()).isEqualTo("Mischief. Mayhem. Soap.");
        assertThat(fightClub.runtimeMinutes()).isEqualTo(139);
        assertThat(fightClub.genres()).containsExactly("Drama");
        assertThat(fightClub.keywords()).containsExactly("support group", "dual identity");
        assertThat(fightClub.cast()).containsExactly("Edward Norton", "Brad Pitt", "Helena Bonham Carter");
        assertThat(fightClub.directors()).containsExactly("David Fincher");
        assertThat(fightClub.popularity()).isEqualTo(63.869599);
        assertThat(fightClub.voteAverage()).isEqualTo(8.3);
        assertThat(fightClub.voteCount()).isEqualTo(9413);
        assertThat(fightClub.originalLanguage()).isEqualTo("en");
        assertThat(fightClub.releaseDate()).isEqualTo(LocalDate.of(1999, 10, 15));
        assertThat(fightClub.contentRating()).isEqualTo("R");
        assertThat(fightClub.poster()).isEqualTo(new ImageRef("tmdb", "/pB8BM7pdSp6B6Ih7QZ4DrQ3PmJK.jpg"));

        MediaItem himym = events.get("show:tvdb:75760").item();
        assertThat(himym.type()).isEqualTo(MediaType.SHOW);
        assertThat(himym.externalIds()).isEqualTo(new ExternalIds(1100L, 75760L, "tt0460649"));

        MediaItem killBill = events.get("movie:tmdb:24").item();
        assertThat(killBill.originalLanguage()).isNull();
        assertThat(killBill.poster()).isNull();
    }

    @Test
    void importsAFullSizeCatalogSentAsPlainText() {
        int count = 6_000;
        String body = IntStream.range(0, count)
                .mapToObj(i -> "{\"tmdb_id\": " + (9_000_000 + i) + ", \"title\": \"Generated " + i
                        + "\", \"year\": 2000, \"genres\": [\"Drama\"], \"overview\": \"" + "word ".repeat(150) + "\"}")
                .collect(Collectors.joining("\n"));

        given().contentType("text/plain").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/catalog/import").then().statusCode(200)
                .body("lines", equalTo(count)).body("published", equalTo(count)).body("failed.size()", equalTo(0));

        Map<String, MediaDiscoveredEvent> events =
                MediaItemsTopic.readUntilPresent(List.of("movie:tmdb:9000000", "movie:tmdb:9005999"));
        assertThat(events.keySet().stream().filter(k -> k.startsWith("movie:tmdb:900"))).hasSize(count);
    }

    @Test
    void anEmptyBodyIsABadRequest() {
        given().contentType("application/x-ndjson").body(new byte[0]).post("/api/catalog/import").then().statusCode(400)
                .body("error", containsString("empty"));
        given().contentType("application/jsonl").body("\n  \n".getBytes(StandardCharsets.UTF_8))
                .post("/api/catalog/import").then().statusCode(400)
                .body("error", containsString("JSON Lines"));
    }
}
