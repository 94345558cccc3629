package io.plexrecommend.scanner.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.scanner.MediaItemsTopic;
import io.plexrecommend.scanner.demo.FakePlexServer;
import io.plexrecommend.scanner.support.FakeMetadataServer;
import io.plexrecommend.scanner.support.Metadata;
import io.plexrecommend.scanner.support.PlexFixtures;
import io.plexrecommend.scanner.support.Scans;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every way TMDB fails, in one scan of eight movies, one failure mode each. The scan always finishes, every movie is
 * published (nothing is lost), transient failures are retried until they pass, and what could not be enriched is
 * reported and read again on the next scan.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FakeMetadataServer.class)
class EnrichmentFaultsTest {

    static final String TOKEN = "plex-token-EnrichmentFaultsTest-8d0";
    static FakePlexServer plex;

    @BeforeAll
    static void startPlex() {
        List<ObjectNode> movies = PlexFixtures.generatedMovies(8, 5101, i -> "Fault Movie " + (5101 + i));
        plex = PlexFixtures.server("Faults", TOKEN, new FakePlexServer.Section("23", "Movies", "movie", movies));
    }

    @AfterAll
    static void stopPlex() {
        plex.close();
    }

    @Test
    void theScanFinishesRetriesWhatIsTransientAndReportsWhatIsNot() {
        Scans.configure(plex.url(), TOKEN, FakeMetadataServer.TMDB_KEY, null);
        Metadata.reset();
        Metadata.fault("/3/movie/5101", 429, 1, "1", 0, null);         // 429 with Retry-After: 1
        Metadata.fault("/3/movie/5102", 429, 2, null, 0, null);        // 429 without Retry-After, twice
        Metadata.fault("/3/movie/5103", 500, 2, null, 0, null);        // 500 twice
        Metadata.fault("/3/movie/5104", 200, 1, null, 2_600, null);    // slower than the 2 s read timeout, once
        Metadata.fault("/3/movie/5105", 200, 99, null, 0, "{\"id\": 5105, \"title\": ");   // malformed JSON
        Metadata.fault("/3/movie/5106", 401, 99, null, 0, null);       // key rejected
        Metadata.fault("/3/movie/5107", 503, 99, null, 0, null);       // down for longer than the retries
        // 5108 answers normally.

        JsonPath scan = Scans.scan("23");

        assertThat(scan.getString("state")).isEqualTo("completed");
        assertThat(scan.getInt("seen")).isEqualTo(8);
        assertThat(scan.getInt("published")).isEqualTo(8);
        assertThat(scan.getInt("failed")).isZero();
        Map<String, String> notes = scan.getList("failures", Map.class).stream()
                .collect(java.util.stream.Collectors.toMap(f -> (String) f.get("item"), f -> (String) f.get("reason")));
        assertThat(notes).containsOnlyKeys("Fault Movie 5105", "Fault Movie 5106", "Fault Movie 5107");
        assertThat(notes.get("Fault Movie 5105")).isEqualTo("published without enrichment: TMDB answered movie 5105 with malformed JSON");
        assertThat(notes.get("Fault Movie 5106")).isEqualTo("published without enrichment: TMDB rejected the API key (401)");
        assertThat(notes.get("Fault Movie 5107")).isEqualTo("published without enrichment: TMDB answered HTTP 503 to movie 5107");

        Map<String, MediaDiscoveredEvent> events = MediaItemsTopic.readUntilPresent(
                LongStream.rangeClosed(5101, 5108).mapToObj(id -> "movie:tmdb:" + id).toList());
        for (long id : new long[] {5101, 5102, 5103, 5104, 5108}) {
            assertThat(events.get("movie:tmdb:" + id).item().keywords()).as("movie %d", id).contains("keyword " + id);
        }
        for (long id : new long[] {5105, 5106, 5107}) {
            assertThat(events.get("movie:tmdb:" + id).item().title()).isEqualTo("Fault Movie " + id);
        }

        List<String> retriedAfter = Metadata.requestsTo("/3/movie/5101");
        assertThat(retriedAfter).hasSize(2);
        assertThat(Metadata.at(retriedAfter.get(1)) - Metadata.at(retriedAfter.get(0))).isGreaterThanOrEqualTo(1_000);
        assertThat(Metadata.requestsTo("/3/movie/5102")).hasSize(3);
        assertThat(Metadata.requestsTo("/3/movie/5103")).hasSize(3);
        assertThat(Metadata.requestsTo("/3/movie/5104")).hasSize(2);
        assertThat(Metadata.requestsTo("/3/movie/5105")).hasSize(1);   // a broken body is not retried
        assertThat(Metadata.requestsTo("/3/movie/5106")).hasSize(1);   // neither is a rejected key
        assertThat(Metadata.requestsTo("/3/movie/5107")).hasSize(6);   // 1 + 5 retries

        // Next scan: the three that were not enriched are read and asked for again, the rest cost nothing.
        Metadata.reset();
        JsonPath rescan = Scans.scan("23");
        assertThat(rescan.getInt("published")).isEqualTo(3);
        assertThat(rescan.getInt("skipped")).isEqualTo(5);
        assertThat(rescan.getList("failures")).isEmpty();
        assertThat(Metadata.requestsTo("/3/movie/")).hasSize(3);
        assertThat(MediaItemsTopic.readUntilPresent(List.of("movie:tmdb:5107")).get("movie:tmdb:5107").item().keywords())
                .contains("keyword 5107");
    }
}
