package io.plexrecommend.scanner.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.scanner.demo.FakePlexServer;
import io.plexrecommend.scanner.support.FakeMetadataServer;
import io.plexrecommend.scanner.support.Metadata;
import io.plexrecommend.scanner.support.PlexFixtures;
import io.plexrecommend.scanner.support.Scans;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A full scan of a 10,000-movie library against fakes that take 20 ms per call (Plex and TMDB), then an unchanged
 * rescan. Run on request only: {@code ./mvnw -B -o test -pl scanner-service -Dgroups=benchmark
 * -Dsurefire.excludedGroups= -Dtest=ScanBenchmark}. Prints the numbers recorded in docs/benchmarks.md; it asserts
 * only that the scans completed, never a time.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FakeMetadataServer.class)
@TestProfile(ScanBenchmark.Profile.class)
@Tag("benchmark")
class ScanBenchmark {

    private static final Logger LOG = Logger.getLogger(ScanBenchmark.class);
    static final int ITEMS = 10_000;
    static final double LIMIT = 50;
    static final String TOKEN = "plex-token-benchmark-1f2e";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("scanner.plex.page-size", "100", "scanner.tmdb.requests-per-second", String.valueOf(LIMIT),
                    "scanner.scan.concurrency", "8", "quarkus.log.category.\"io.plexrecommend\".level", "INFO");
        }
    }

    @Test
    void fullScanAndUnchangedRescanOfTenThousandItems() {
        List<ObjectNode> movies = PlexFixtures.generatedMovies(ITEMS, 2_000_000, i -> "Benchmark Movie " + i);
        try (FakePlexServer plex = PlexFixtures.server("Bench", TOKEN, new FakePlexServer.Section("91", "Movies", "movie", movies))) {
            plex.latency(Duration.ofMillis(20));
            Scans.configure(plex.url(), TOKEN, FakeMetadataServer.TMDB_KEY, null);
            Metadata.reset();
            given().body("20").put(Metadata.url() + "/fake/latency").then().statusCode(200);

            AtomicLong peakHeap = new AtomicLong();
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(() -> peakHeap.accumulateAndGet(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max), 0, 200, TimeUnit.MILLISECONDS);

            long start = System.nanoTime();
            String id = given().contentType(ContentType.JSON).body(Map.of("libraryIds", List.of("91")))
                    .post("/api/scans").then().statusCode(202).extract().path("id");
            JsonPath full = Scans.awaitFinal(id, Duration.ofMinutes(30));
            double fullSeconds = (System.nanoTime() - start) / 1e9;
            List<String> tmdb = Metadata.requestsTo("/3/movie/");
            double tmdbSeconds = (Metadata.at(tmdb.get(tmdb.size() - 1)) - Metadata.at(tmdb.get(0))) / 1000.0;
            double rate = (tmdb.size() - 1) / tmdbSeconds;

            long rescanStart = System.nanoTime();
            JsonPath rescan = Scans.scan("91");
            double rescanSeconds = (System.nanoTime() - rescanStart) / 1e9;
            sampler.shutdownNow();

            assertThat(full.getInt("published")).isEqualTo(ITEMS);
            assertThat(rescan.getInt("skipped")).isEqualTo(ITEMS);
            String result = String.format("BENCHMARK scan of %d items, 20 ms per Plex/TMDB call, limit %.0f req/s: "
                            + "full scan %.1f s, %d TMDB calls at %.2f req/s (%.1f%% of the limit); unchanged rescan %.1f s; "
                            + "peak heap of the test JVM (service + broker + fakes) %d MB",
                    ITEMS, LIMIT, fullSeconds, tmdb.size(), rate, 100 * rate / LIMIT, rescanSeconds,
                    peakHeap.get() / (1024 * 1024));
            LOG.info(result);
            System.out.println(result);
        }
    }
}
