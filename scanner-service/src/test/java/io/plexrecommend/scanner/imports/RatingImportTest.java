package io.plexrecommend.scanner.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.RatingEvent;
import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.RatingSource;
import io.plexrecommend.scanner.RatingsTopic;
import io.plexrecommend.scanner.support.FakeMetadataServer;
import io.plexrecommend.scanner.support.Scans;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rating exports matched against the demo library (which the test loads first) or an imported catalog, and published
 * as imports.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FakeMetadataServer.class)
class RatingImportTest {

    private static boolean demoLoaded;

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void loadDemoLibrary() {
        // REST Assured adds "; charset=ISO-8859-1" to a text/* type that names none; a browser or curl does not, and
        // the import honours a named charset, so the tests send exactly the type they mean.
        io.restassured.RestAssured.config = io.restassured.config.RestAssuredConfig.config().encoderConfig(
                io.restassured.config.EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false));
        if (demoLoaded) {
            return;
        }
        demoLoaded = true;
        String id = given().post("/api/demo-library").then().statusCode(202).extract().path("id");
        assertThat(Scans.awaitFinal(id, Duration.ofSeconds(120)).getString("state")).isEqualTo("completed");
    }

    private static JsonPath importCsv(String profile, String format, String csv) {
        return given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/profiles/" + profile + "/ratings/import?format=" + format)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, RatingGivenEvent> ratings(String profile) {
        return RatingsTopic.of(profile).stream().filter(e -> e instanceof RatingGivenEvent)
                .map(e -> (RatingGivenEvent) e)
                .collect(Collectors.toMap(RatingGivenEvent::mediaId, e -> e, (a, b) -> b));
    }

    @Test
    void anImdbExportIsMatchedByImdbIdAndReimportingItChangesNothing() {
        String csv = """
                Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors
                tt0133093,9,2024-05-01,The Matrix,The Matrix,https://www.imdb.com/title/tt0133093/,Movie,8.7,136,1999,"Action, Sci-Fi",2000000,1999-03-24,"Lana Wachowski, Lilly Wachowski"
                tt0068646,10,2023-11-20,The Godfather,The Godfather,https://www.imdb.com/title/tt0068646/,Movie,9.2,175,1972,"Crime, Drama",2000000,1972-03-14,Francis Ford Coppola
                tt0903747,8,2022-01-02,Breaking Bad,Breaking Bad,https://www.imdb.com/title/tt0903747/,TV Series,9.5,49,2008,"Crime, Drama",2000000,2008-01-20,
                tt9999999,7,2024-01-01,Not In The Library,Not In The Library,https://www.imdb.com/title/tt9999999/,Movie,6.0,90,2020,Drama,10,2020-01-01,Someone
                tt0110912,eleven,2024-01-01,Pulp Fiction,Pulp Fiction,https://www.imdb.com/title/tt0110912/,Movie,8.9,154,1994,Crime,2000000,1994-10-14,Quentin Tarantino
                """;

        JsonPath report = importCsv("import-imdb", "imdb", csv);

        assertThat(report.getString("format")).isEqualTo("imdb");
        assertThat(report.getInt("rows")).isEqualTo(5);
        assertThat(report.getInt("matched")).isEqualTo(3);
        assertThat(report.getInt("imported")).isEqualTo(3);
        assertThat(report.getInt("unmatched")).isEqualTo(2);
        assertThat(report.getList("problems", Map.class)).extracting(p -> p.get("line"), p -> p.get("reason"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5, "not in the library (no item titled 'Not In The Library' from 2020)"),
                        org.assertj.core.groups.Tuple.tuple(6, "rating 'eleven' is not a number"));
        Map<String, RatingGivenEvent> ratings = ratings("import-imdb");
        assertThat(ratings).containsOnlyKeys("movie:tmdb:603", "movie:tmdb:238", "show:tvdb:81189");
        RatingGivenEvent matrix = ratings.get("movie:tmdb:603");
        assertThat(matrix.rating()).isEqualTo(9);
        assertThat(matrix.source()).isEqualTo(RatingSource.IMPORT);
        assertThat(matrix.occurredAt()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));

        importCsv("import-imdb", "imdb", csv);
        List<RatingEvent> all = RatingsTopic.of("import-imdb");
        assertThat(all).hasSize(6);
        assertThat(all.stream().map(RatingEvent::eventId).distinct()).hasSize(3);
    }

    @Test
    void aLetterboxdExportIsMatchedByTitleAndYearAndItsStarsAreDoubled() {
        String csv = """
                Date,Name,Year,Letterboxd URI,Rating
                2024-01-05,Heat,1995,https://boxd.it/2bfA,4.5
                2024-01-06,Amelie,2001,https://boxd.it/1QhQ,0.5
                2024-01-07,"Lord of the Rings: The Fellowship of the Ring, The",2001,https://boxd.it/x,5
                2024-01-08,An Unknown Film,2020,https://boxd.it/y,3
                """;

        JsonPath report = importCsv("import-letterboxd", "letterboxd", csv);

        assertThat(report.getInt("imported")).isEqualTo(3);
        assertThat(report.getList("problems", Map.class)).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("line", 5).containsEntry("title", "An Unknown Film"));
        Map<String, RatingGivenEvent> ratings = ratings("import-letterboxd");
        assertThat(ratings.get("movie:tmdb:949").rating()).isEqualTo(9);
        assertThat(ratings.get("movie:tmdb:194").rating()).isEqualTo(1);
        assertThat(ratings.get("movie:tmdb:120").rating()).isEqualTo(10);
    }

    @Test
    void traktAndGenericExportsAreMatchedByTmdbAndTvdbIds() {
        String trakt = """
                rated_at,type,title,year,rating,trakt_id,imdb_id,tmdb_id,tvdb_id
                2024-02-01T20:00:00.000Z,show,Breaking Bad,2008,10,1388,,1396,81189
                2024-02-02T20:00:00.000Z,episode,Pilot,2008,9,73482,,62085,349232
                2024-02-03T20:00:00.000Z,movie,Fight Club,1999,8,432,,550,
                """;
        JsonPath report = importCsv("import-trakt", "trakt", trakt);
        assertThat(report.getInt("imported")).isEqualTo(2);
        assertThat(report.getString("problems[0].reason")).contains("episode");
        assertThat(ratings("import-trakt").get("show:tvdb:81189").occurredAt())
                .isEqualTo(Instant.parse("2024-02-01T20:00:00Z"));

        JsonPath generic = importCsv("import-generic", "generic", "550,8\n13,7,2024-03-01T10:00:00Z\n999999999,5\n");
        assertThat(generic.getInt("rows")).isEqualTo(3);
        assertThat(generic.getInt("imported")).isEqualTo(2);
        assertThat(generic.getString("problems[0].reason")).isEqualTo("no item in the library has TMDB id 999999999");
        assertThat(ratings("import-generic").get("movie:tmdb:13").rating()).isEqualTo(7);
    }

    @Test
    void aTitleRatedOnSeveralLinesIsImportedOnceWithTheRatingThatWins() {
        String csv = """
                550,8,2024-01-01T00:00:00Z
                550,6,2024-02-01T00:00:00Z
                550,3,2023-06-01T00:00:00Z
                13,7,2024-03-01T10:00:00Z
                13,7,2024-03-01T10:00:00Z
                """;

        JsonPath report = importCsv("import-repeated", "generic", csv);

        assertThat(report.getInt("rows")).isEqualTo(5);
        assertThat(report.getInt("matched")).isEqualTo(5);
        // Only what the profile keeps: the later of the two dates for 550, one of the two identical lines for 13.
        assertThat(report.getInt("imported")).isEqualTo(2);
        assertThat(report.getList("problems", Map.class)).extracting(p -> p.get("line"))
                .containsExactly(1, 3, 4);
        assertThat(report.getString("problems[0].reason")).contains("rated again on line 2");
        List<RatingEvent> published = RatingsTopic.of("import-repeated");
        assertThat(published).hasSize(2);
        assertThat(ratings("import-repeated").get("movie:tmdb:550").rating()).isEqualTo(6);
        assertThat(ratings("import-repeated").get("movie:tmdb:13").rating()).isEqualTo(7);
    }

    @Test
    void catalogTitlesAreMatchedByIdAndByTitleEvenAfterARescanAndReimport() throws SQLException {
        String catalog = String.join("\n",
                "{\"tmdb_id\": 7700001, \"title\": \"The Quiet Ledger\", \"year\": 2011, \"genres\": [\"Drama\"], "
                        + "\"poster_path\": \"/ledger7700001.jpg\"}",
                "{\"tmdb_id\": 7700002, \"imdb_id\": \"tt7700002\", \"title\": \"Salt & Copper\", "
                        + "\"release_date\": \"1987-04-02\"}",
                "{\"type\": \"show\", \"tvdb_id\": 7700003, \"title\": \"Harbour Nights\", \"year\": 2019}");
        importCatalog(catalog);
        importCatalog(catalog);
        assertThat(catalogRows()).isEqualTo(3);

        // A rescan removes what vanished from its own library only.
        String rescan = given().post("/api/demo-library").then().statusCode(202).extract().path("id");
        assertThat(Scans.awaitFinal(rescan, Duration.ofSeconds(120)).getString("state")).isEqualTo("completed");
        assertThat(catalogRows()).isEqualTo(3);

        JsonPath generic = importCsv("import-catalog-generic", "generic", """
                tmdb_id,rating,timestamp
                7700001,8,2024-06-01T12:00:00Z
                7700002,6
                7700099,5
                """);
        assertThat(generic.getInt("matched")).isEqualTo(2);
        assertThat(generic.getInt("imported")).isEqualTo(2);
        assertThat(generic.getString("problems[0].reason")).isEqualTo("no item in the library has TMDB id 7700099");
        Map<String, RatingGivenEvent> byId = ratings("import-catalog-generic");
        assertThat(byId).containsOnlyKeys("movie:tmdb:7700001", "movie:tmdb:7700002");
        assertThat(byId.get("movie:tmdb:7700001").rating()).isEqualTo(8);
        assertThat(byId.get("movie:tmdb:7700001").occurredAt()).isEqualTo(Instant.parse("2024-06-01T12:00:00Z"));

        JsonPath letterboxd = importCsv("import-catalog-letterboxd", "letterboxd", """
                Date,Name,Year,Letterboxd URI,Rating
                2024-07-01,"Quiet Ledger, The",2012,https://boxd.it/q,4
                2024-07-02,Salt and Copper,1987,https://boxd.it/s,2.5
                """);
        assertThat(letterboxd.getInt("imported")).isEqualTo(2);
        Map<String, RatingGivenEvent> byTitle = ratings("import-catalog-letterboxd");
        assertThat(byTitle).containsOnlyKeys("movie:tmdb:7700001", "movie:tmdb:7700002");
        assertThat(byTitle.get("movie:tmdb:7700002").rating()).isEqualTo(5);

        // The catalog's poster reference serves artwork as a scan's would.
        given().get("/api/artwork/movie:tmdb:7700001").then().statusCode(200).contentType("image/jpeg");
    }

    private static void importCatalog(String lines) {
        given().contentType("application/x-ndjson").body(lines.getBytes(StandardCharsets.UTF_8))
                .post("/api/catalog/import").then().statusCode(200).body("published", equalTo(3));
    }

    private long catalogRows() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM item WHERE library_id = 'catalog' AND media_id IN "
                        + "('movie:tmdb:7700001', 'movie:tmdb:7700002', 'show:tvdb:7700003')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void unreadableImportsAreRefusedWithTheReason() {
        given().contentType("text/csv").body("a,b\n1,2\n").post("/api/profiles/x/ratings/import?format=netflix")
                .then().statusCode(400).body("error", containsString("unknown format 'netflix'"));
        given().contentType("text/csv").body("Title,Year\nHeat,1995\n").post("/api/profiles/x/ratings/import?format=imdb")
                .then().statusCode(400).body("error", containsString("no 'const' column"));
        given().contentType("text/csv").body("550,8\n").post("/api/profiles/bad%20name/ratings/import?format=generic")
                .then().statusCode(400).body("error", containsString("not valid"));
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        given().contentType("text/csv").body(huge).post("/api/profiles/x/ratings/import?format=generic")
                .then().statusCode(413).body("error", containsString("larger than 10 MB"));
    }

    /** Issue 19: an unclosed quote on line 8 was a 400, yet the rows before it were stored. Now nothing is. */
    @Test
    void aFileRefusedForAParseErrorStoresNothing() {
        String csv = """
                tmdb_id,rating
                603,9
                550,8
                680,7
                13,6
                949,8
                "807,5
                862,4
                """;
        given().contentType("text/csv").body(csv).post("/api/profiles/import-unclosed/ratings/import?format=generic")
                .then().statusCode(400).body("error", containsString("not readable CSV near line"))
                .body("error", containsString("nothing was imported"));
        assertThat(RatingsTopic.of("import-unclosed")).isEmpty();
    }

    /** Issue 19: UTF-16 files imported 0 rows and Latin-1 titles matched nothing; the charset was ignored. */
    @Test
    void utf16WithAndWithoutAByteOrderMarkAndANamedLatin1CharsetAreRead() {
        String csv = "Date,Name,Year,Letterboxd URI,Rating\n2024-07-01,Amélie,2001,https://boxd.it/a,4\n";
        byte[] utf16le = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16beNoMark = csv.getBytes(StandardCharsets.UTF_16BE);
        byte[] latin1 = csv.getBytes(StandardCharsets.ISO_8859_1);

        assertThat(given().contentType("text/csv").body(utf16le)
                .post("/api/profiles/import-utf16le/ratings/import?format=letterboxd").then().statusCode(200)
                .extract().jsonPath().getInt("imported")).isEqualTo(1);
        assertThat(given().contentType("text/csv").body(utf16beNoMark)
                .post("/api/profiles/import-utf16be/ratings/import?format=letterboxd").then().statusCode(200)
                .extract().jsonPath().getInt("imported")).isEqualTo(1);
        assertThat(given().contentType("text/csv; charset=ISO-8859-1").body(latin1)
                .post("/api/profiles/import-latin1/ratings/import?format=letterboxd").then().statusCode(200)
                .extract().jsonPath().getInt("imported")).isEqualTo(1);
        assertThat(ratings("import-latin1")).containsOnlyKeys("movie:tmdb:194");
        assertThat(ratings("import-utf16le")).containsOnlyKeys("movie:tmdb:194");
    }

    @Test
    void bytesThatAreNotTheNamedOrDefaultCharsetAreRefusedInWords() {
        byte[] latin1 = "Date,Name,Year,Letterboxd URI,Rating\n2024-07-01,Amélie,2001,x,4\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        given().contentType("text/csv").body(latin1)
                .post("/api/profiles/import-not-utf8/ratings/import?format=letterboxd").then().statusCode(400)
                .body("error", containsString("not valid UTF-8 text"))
                .body("error", containsString("charset=ISO-8859-1"));
        given().contentType("text/csv; charset=klingon").body(latin1)
                .post("/api/profiles/import-not-utf8/ratings/import?format=letterboxd").then().statusCode(400)
                .body("error", containsString("unknown charset 'klingon'"));
        assertThat(RatingsTopic.of("import-not-utf8")).isEmpty();
    }

    /**
     * Issue 19: a large file lost rows ("Kafka did not take a rating: java.lang.IllegalStateException: SRMSG00034")
     * once more than 1,024 ratings waited for the broker. Now the import waits for the broker instead.
     */
    @Test
    void moreRatingsThanTheEmitterBuffersAreAllImportedWithoutProblems() {
        int titles = 1_500;
        StringBuilder catalog = new StringBuilder();
        StringBuilder csv = new StringBuilder("tmdb_id,rating\n");
        for (int i = 0; i < titles; i++) {
            catalog.append("{\"tmdb_id\": ").append(8_800_000 + i).append(", \"title\": \"Bulk Title ").append(i)
                    .append("\", \"year\": 2000}\n");
            csv.append(8_800_000 + i).append(',').append(1 + i % 10).append('\n');
        }
        given().contentType("application/x-ndjson").body(catalog.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/catalog/import").then().statusCode(200).body("published", equalTo(titles));

        JsonPath report = importCsv("import-bulk", "generic", csv.toString());

        assertThat(report.getList("problems")).isEmpty();
        assertThat(report.getInt("imported")).isEqualTo(titles);
        assertThat(ratings("import-bulk")).hasSize(titles);
    }
}
