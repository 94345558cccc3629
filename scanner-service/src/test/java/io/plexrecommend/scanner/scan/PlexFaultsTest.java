package io.plexrecommend.scanner.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.MediaItemEvent;
import io.plexrecommend.events.MediaRemovedEvent;
import io.plexrecommend.scanner.MediaItemsTopic;
import io.plexrecommend.scanner.demo.FakePlexServer;
import io.plexrecommend.scanner.support.FakeMetadataServer;
import io.plexrecommend.scanner.support.PlexFixtures;
import io.plexrecommend.scanner.support.Scans;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a Plex server does wrong: errors and broken answers mid-scan, and a big section. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FakeMetadataServer.class)
class PlexFaultsTest {

    static final String TOKEN = "plex-token-PlexFaultsTest-2aa";

    @Test
    void aPageThatFailsOnceIsRetriedAndABrokenItemFailsAlone() {
        List<ObjectNode> movies = PlexFixtures.generatedMovies(6, 8101, i -> "Shaky Movie " + i);
        try (FakePlexServer plex = PlexFixtures.server("Shaky", TOKEN, new FakePlexServer.Section("61", "Movies", "movie", movies))) {
            Scans.configure(plex.url(), TOKEN, null, null);
            plex.failNext("/library/sections/61/all", 500, "text/html", "<h1>500</h1>", Duration.ZERO);
            plex.failNext("/library/metadata/g8103", 200, "application/json", "{\"MediaContainer\": {\"Metadata\": [{", Duration.ZERO);
            plex.failNext("/library/metadata/g8104", 404, "text/html", "gone", Duration.ZERO);

            JsonPath scan = Scans.scan("61");

            assertThat(scan.getString("state")).isEqualTo("completed");
            assertThat(scan.getInt("seen")).isEqualTo(6);
            // g8103's metadata was broken once and then read fine on retry; g8104 vanished between listing and
            // reading, so its listing entry is published.
            assertThat(scan.getInt("published")).isEqualTo(6);
            MediaItemsTopic.readUntilPresent(List.of("movie:tmdb:8101", "movie:tmdb:8103", "movie:tmdb:8104", "movie:tmdb:8106"));
        }
    }

    @Test
    void aSectionThatCannotBeReadToItsEndFailsTheScanAndRemovesNothing() {
        List<ObjectNode> movies = PlexFixtures.generatedMovies(6, 8201, i -> "Half Read Movie " + i);
        try (FakePlexServer plex = PlexFixtures.server("Broken", TOKEN, new FakePlexServer.Section("62", "Movies", "movie", movies))) {
            Scans.configure(plex.url(), TOKEN, null, null);
            assertThat(Scans.scan("62").getInt("published")).isEqualTo(6);
            plex.replaceItems("62", movies.stream().map(m -> m.deepCopy().put("updatedAt", 1_800_000_000L)).toList());
            for (int i = 0; i < 8; i++) { // the total and the first page, each tried four times
                plex.failNext("/library/sections/62/all", 200, "application/json", "{\"MediaContainer\": [broken", Duration.ZERO);
            }

            JsonPath scan = Scans.scan("62");

            assertThat(scan.getString("state")).isEqualTo("failed");
            assertThat(scan.getString("total")).isNull();
            assertThat(scan.getList("failures", Map.class)).anySatisfy(f -> assertThat((String) f.get("reason"))
                    .startsWith("stopped at item 0: Plex at " + plex.url() + " answered GET /library/sections/62/all with a body that is not the expected JSON"));
            assertThat(MediaItemsTopic.about("movie:tmdb:8201")).noneMatch(e -> e instanceof MediaRemovedEvent);
        }
    }
}
