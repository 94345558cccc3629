package io.plexrecommend.scanner.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.scanner.MediaItemsTopic;
import io.plexrecommend.scanner.demo.FakePlexServer;
import io.plexrecommend.scanner.support.FakeMetadataServer;
import io.plexrecommend.scanner.support.PlexFixtures;
import io.plexrecommend.scanner.support.Scans;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scan a stopped service left "running" resumes at its checkpoint when the service starts again. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FakeMetadataServer.class)
class ScanResumeTest {

    static final String TOKEN = "plex-token-ScanResumeTest-71b";

    @Inject
    ScanStore store;

    @Inject
    ScanService scans;

    @Test
    void anInterruptedScanResumesAtThePageWhereItStopped() {
        try (FakePlexServer plex = PlexFixtures.server("Resume", TOKEN, new FakePlexServer.Section("51", "Movies",
                "movie", PlexFixtures.generatedMovies(10, 8001, i -> "Resumed Movie " + i)))) {
            Scans.configure(plex.url(), TOKEN, null, null);
            // What a service stopped after four of ten items (two pages of two) leaves in the store.
            ScanJob interrupted = new ScanJob("resume-test-1", ScanJob.Kind.PLEX, List.of("51"), ScanJob.State.RUNNING,
                    10, 4, 4, 0, 0, List.of(), Instant.now(), Instant.now(), null, new ScanJob.Checkpoint(0, 4), 200);
            store.save(interrupted);

            scans.resumeUnfinished(new StartupEvent());
            JsonPath scan = Scans.awaitFinal("resume-test-1", Duration.ofSeconds(60));

            assertThat(scan.getString("state")).isEqualTo("completed");
            assertThat(scan.getInt("seen")).isEqualTo(10);
            assertThat(scan.getInt("published")).isEqualTo(10);
            List<String> pages = plex.requests().stream()
                    .filter(r -> r.contains("/library/sections/51/all") && r.contains("Container-Size=2")).toList();
            assertThat(pages).first().asString().contains("X-Plex-Container-Start=4");
            assertThat(plex.requests()).noneMatch(r -> r.contains("/library/metadata/g8001"));
            assertThat(plex.requests()).anyMatch(r -> r.contains("/library/metadata/g8005"));
            MediaItemsTopic.readUntilPresent(List.of("movie:tmdb:8005", "movie:tmdb:8010"));
        }
    }
}
