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
import io.plexrecommend.events.RelatedTitles;
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

    /** A line of movielens-small-tmdb-households/items.jsonl as it is (Four Rooms, with its recommendations). */
    private static final String FOUR_ROOMS = """
            {"tmdb_id": 5, "title": "Four Rooms", "year": 1995, "overview": "It's Ted the Bellhop's first night on the \
            job...and the hotel's very unusual guests are about to place him in some outrageous predicaments. It seems \
            that this evening's room service is serving up one unbelievable happening after another.", "genres": \
            ["Comedy"], "keywords": ["hotel", "new year's eve", "witch", "bet", "hotel room", "sperm", "los angeles", \
            "hoodlum", "woman director", "episode film"], "cast": ["Tim Roth", "Antonio Banderas", "Jennifer Beals", \
            "Madonna", "Marisa Tomei"], "directors": ["Allison Anders", "Alexandre Rockwell", "Robert Rodriguez", \
            "Quentin Tarantino"], "popularity": 1.23489, "vote_average": 6.4, "vote_count": 293, "original_language": \
            "en", "release_date": "1995-12-25", "imdb_id": "tt0113101", "original_title": "Four Rooms", \
            "source_item_ids": {"movielens_movieId": [18]}, "metadata_sources": ["tmdb-movies-10k", "tmdb-5000", \
            "tmd-keywords"], "recommendations": [8619, 153, 3131, 65, 245, 9367, 10712, 10778, 322, 473, 755, 62, 957, \
            290, 28, 1633, 687, 111, 240, 11520]}""";

    @Test
    void crowdListsArePublishedBestFirstAndAMalformedListFailsOnlyItsLine() {
        String body = String.join("\n",
                FOUR_ROOMS,
                "{\"type\": \"show\", \"tmdb_id\": 913101, \"title\": \"A Show With Lists\", "
                        + "\"recommendations\": [\"913102\", 913103], \"similar\": [913104, 913102], \"keywords\": []}",
                "{\"tmdb_id\": 913105, \"title\": \"Recommendations Not A List\", \"recommendations\": \"8619,153\"}",
                "{\"tmdb_id\": 913106, \"title\": \"A Word Among The Ids\", \"recommendations\": [8619, \"abc\"]}",
                "{\"tmdb_id\": 913107, \"title\": \"A Fraction Among The Similar\", \"similar\": [1.5]}",
                "{\"tmdb_id\": 913108, \"title\": \"Empty Lists\", \"recommendations\": [], \"similar\": null}") + "\n";

        JsonPath report = given().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/catalog/import").then().statusCode(200).extract().jsonPath();

        assertThat(report.getInt("published")).isEqualTo(3);
        List<Map<String, Object>> failed = report.getList("failed");
        assertThat(failed).extracting(f -> f.get("line")).containsExactly(3, 4, 5);
        assertThat(failed).extracting(f -> f.get("reason")).containsExactly(
                "recommendations must be a list of TMDB ids, was STRING",
                "recommendations must be a list of TMDB ids (positive whole numbers), has \"abc\"",
                "similar must be a list of TMDB ids (positive whole numbers), has 1.5");

        Map<String, MediaDiscoveredEvent> events = MediaItemsTopic.readUntilPresent(
                List.of("movie:tmdb:5", "show:tmdb:913101", "movie:tmdb:913108"));
        assertThat(events).doesNotContainKeys("movie:tmdb:913105", "movie:tmdb:913106", "movie:tmdb:913107");
        assertThat(events.get("movie:tmdb:5").item().related()).containsExactly(new RelatedTitles(
                RelatedTitles.TMDB_RECOMMENDATIONS, List.of(8619L, 153L, 3131L, 65L, 245L, 9367L, 10712L, 10778L, 322L,
                        473L, 755L, 62L, 957L, 290L, 28L, 1633L, 687L, 111L, 240L, 11520L)));
        assertThat(events.get("show:tmdb:913101").item().related()).containsExactly(
                new RelatedTitles(RelatedTitles.TMDB_RECOMMENDATIONS, List.of(913102L, 913103L)),
                new RelatedTitles(RelatedTitles.TMDB_SIMILAR, List.of(913104L, 913102L)));
        assertThat(events.get("movie:tmdb:913108").item().related()).isEmpty();
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

    /** Issue 19: NUL and ESC in titles were stored and emitted raw. They are dropped at the edge; line breaks stay. */
    @Test
    void controlCharactersInTextsAreDroppedAtTheEdge() {
        String line = "{\"tmdb_id\": 7710001, \"title\": \"Null\\u0000 and \\u001b[31mEscape\", "
                + "\"overview\": \"First line.\\nSecond\\u0007 line.\"}";

        given().contentType("application/x-ndjson").body(line.getBytes(StandardCharsets.UTF_8))
                .post("/api/catalog/import").then().statusCode(200).body("published", equalTo(1));

        MediaDiscoveredEvent event = MediaItemsTopic.readUntilPresent(List.of("movie:tmdb:7710001"))
                .get("movie:tmdb:7710001");
        assertThat(event.item().title()).isEqualTo("Null and [31mEscape");
        assertThat(event.item().overview()).isEqualTo("First line.\nSecond line.");
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
