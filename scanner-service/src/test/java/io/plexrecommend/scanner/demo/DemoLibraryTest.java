package io.plexrecommend.scanner.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.scanner.MediaItemsTopic;
import io.plexrecommend.scanner.support.FakeMetadataServer;
import io.plexrecommend.scanner.support.Scans;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FakeMetadataServer.class)
class DemoLibraryTest {

    @Inject
    DemoLibrary demo;

    @Test
    void theBundledLibraryHasAbout150DistinctTitlesEachWithWhatTheRecommenderNeeds() {
        List<DemoTitle> titles = demo.titles();

        assertThat(titles).hasSizeBetween(140, 170);
        assertThat(titles.stream().filter(t -> t.type().equals("show"))).hasSizeGreaterThanOrEqualTo(40);
        assertThat(titles.stream().map(t -> t.type() + t.tmdb()).distinct()).hasSameSizeAs(titles);
        assertThat(titles).allSatisfy(t -> {
            assertThat(t.genres()).isNotEmpty();
            assertThat(t.cast()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(t.keywords()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(t.logline()).endsWith(".").hasSizeBetween(40, 200);
            assertThat(t.type().equals("movie") ? t.directors() : t.creators()).isNotEmpty();
            assertThat(t.type().equals("show") ? t.tvdb() : 1L).isNotNull();
        });
    }

    @Test
    void loadingTheDemoScansItThroughTheFakePlexServerAndASecondLoadChangesNothing() {
        String id = given().post("/api/demo-library").then().statusCode(202).extract().path("id");
        JsonPath scan = Scans.awaitFinal(id, Duration.ofSeconds(120));

        int total = demo.titles().size();
        assertThat(scan.getString("state")).isEqualTo("completed");
        assertThat(scan.getString("kind")).isEqualTo("demo");
        assertThat(scan.getInt("total")).isEqualTo(total);
        assertThat(scan.getInt("published") + scan.getInt("skipped")).isEqualTo(total);
        assertThat(scan.getInt("failed")).isZero();

        Map<String, MediaDiscoveredEvent> events =
                MediaItemsTopic.readUntilPresent(List.of("movie:tmdb:603", "show:tvdb:81189"));
        MediaItem matrix = events.get("movie:tmdb:603").item();
        assertThat(matrix.source()).isEqualTo("demo");
        assertThat(matrix.plex()).isNull();
        assertThat(matrix.poster()).isNull();
        assertThat(matrix.keywords()).contains("virtual reality");
        assertThat(matrix.directors()).containsExactly("Lana Wachowski", "Lilly Wachowski");
        assertThat(matrix.externalIds().imdb()).isEqualTo("tt0133093");
        MediaItem breakingBad = events.get("show:tvdb:81189").item();
        assertThat(breakingBad.creators()).containsExactly("Vince Gilligan");
        assertThat(breakingBad.externalIds().tmdb()).isEqualTo(1396L);
        Map<String, Long> demoItems = MediaItemsTopic.all().stream()
                .filter(e -> e instanceof MediaDiscoveredEvent d && d.item().source().equals("demo"))
                .collect(Collectors.groupingBy(e -> e.mediaId(), Collectors.counting()));
        assertThat(demoItems).hasSize(total);

        String again = given().post("/api/demo-library").then().statusCode(202).extract().path("id");
        JsonPath second = Scans.awaitFinal(again, Duration.ofSeconds(60));
        assertThat(second.getInt("skipped")).isEqualTo(total);
        assertThat(second.getInt("published")).isZero();
    }
}
