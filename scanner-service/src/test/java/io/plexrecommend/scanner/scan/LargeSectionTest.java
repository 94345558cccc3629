package io.plexrecommend.scanner.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.scanner.MediaItemsTopic;
import io.plexrecommend.scanner.demo.FakePlexServer;
import io.plexrecommend.scanner.support.FakeMetadataServer;
import io.plexrecommend.scanner.support.PlexFixtures;
import io.plexrecommend.scanner.support.Scans;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A 5,000-item section, read with the page size of a real installation (the other tests page by two). */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FakeMetadataServer.class)
@TestProfile(LargeSectionTest.RealPageSize.class)
class LargeSectionTest {

    static final String TOKEN = "plex-token-LargeSectionTest-e0f";

    public static class RealPageSize implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("scanner.plex.page-size", "100");
        }
    }

    @Test
    void aFiveThousandItemSectionWithNonAsciiTitlesIsReadInFull() {
        int count = 5_000;
        List<ObjectNode> movies = PlexFixtures.generatedMovies(count, 1_000_000, i -> i % 3 == 0 ? "Émile & Zoë № " + i
                : i % 3 == 1 ? "東京物語 " + i : "Plain Title " + i);
        try (FakePlexServer plex = PlexFixtures.server("Big", TOKEN, new FakePlexServer.Section("63", "Movies", "movie", movies))) {
            Scans.configure(plex.url(), TOKEN, null, null);

            JsonPath scan = Scans.scan("63");

            assertThat(scan.getString("state")).isEqualTo("completed");
            assertThat(scan.getInt("total")).isEqualTo(count);
            assertThat(scan.getInt("published")).isEqualTo(count);
            // Every one was acknowledged by Kafka (published); read a sample back as a consumer would.
            Map<String, MediaDiscoveredEvent> sample = MediaItemsTopic.readUntilPresent(
                    List.of("movie:tmdb:1000000", "movie:tmdb:1000003", "movie:tmdb:1000004", "movie:tmdb:1004999"));
            assertThat(sample.get("movie:tmdb:1000003").item().title()).isEqualTo("Émile & Zoë № 3");
            assertThat(sample.get("movie:tmdb:1000004").item().title()).isEqualTo("東京物語 4");
            assertThat(sample.get("movie:tmdb:1004999").item().title()).isEqualTo("東京物語 4999");
        }
    }

    @Test
    void anUnchangedRescanOfItIsQuick() {
        // Runs after the first test (same app, same index); on its own it is a first scan and still passes.
        List<ObjectNode> movies = PlexFixtures.generatedMovies(5_000, 1_000_000, i -> i % 3 == 0 ? "Émile & Zoë № " + i
                : i % 3 == 1 ? "東京物語 " + i : "Plain Title " + i);
        try (FakePlexServer plex = PlexFixtures.server("Big", TOKEN, new FakePlexServer.Section("63", "Movies", "movie", movies))) {
            Scans.configure(plex.url(), TOKEN, null, null);
            Scans.scan("63");
            plex.clearRequests();

            JsonPath scan = Scans.scan("63");

            assertThat(scan.getInt("skipped")).isEqualTo(5_000);
            assertThat(plex.requests()).noneMatch(r -> r.contains("/library/metadata/"));
        }
    }
}
