package io.plexrecommend.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The foundation's promise, end to end through the packaged services: a catalog goes in at the scanner, every item
 * is embedded and put in the graph, and a rating given in the UI changes what the UI shows next.
 */
class FoundationFlowIT {

    private static final Pattern SHOWN_ITEM = Pattern.compile("data-media-id=\"([^\"]+)\"");
    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.start();
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aCatalogItemTravelsEveryServiceAndARatingChangesTheNextRecommendation() throws IOException {
        String catalog = resource("catalog.jsonl");
        long items = catalog.lines().filter(line -> !line.isBlank()).count();

        var report = Http.post(system.url("scanner-service") + "/api/catalog/import", "application/x-ndjson", catalog);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("published").asLong()).isEqualTo(items);

        String status = system.url("recommender-service") + "/api/status";
        await("every item known, embedded and in the graph").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                    JsonNode counts = Http.get(status).json();
                    assertThat(counts.get("itemsKnown").asLong()).as(counts.toString()).isEqualTo(items);
                    assertThat(counts.get("itemsEmbedded").asLong()).as(counts.toString()).isEqualTo(items);
                    assertThat(counts.get("itemsInGraph").asLong()).as(counts.toString()).isEqualTo(items);
                });

        String ui = system.url("ui-service");
        assertThat(Http.get(ui + "/").body()).contains("Movies", "TV Shows", "Configuration");
        String shown = shownItem(Http.get(ui + "/tabs/movie?profile=alice").body());
        assertThat(shown).startsWith("movie:tmdb:");

        // A rating needs the page's CSRF token and cookie, as the browser sends them.
        UiSession alice = UiSession.open(ui, "alice");
        assertThat(Http.postForm(ui + "/tabs/movie/ratings?profile=alice", Map.of("mediaId", shown, "rating", "9")).status())
                .as("a rating without the CSRF token").isEqualTo(400);
        var next = alice.postForm("/tabs/movie/ratings", Map.of("mediaId", shown, "rating", "9"));
        assertThat(next.status()).as(next.body()).isEqualTo(200);
        assertThat(shownItem(next.body())).isNotEqualTo(shown).startsWith("movie:tmdb:");

        JsonNode ratings = Http.get(system.url("recommender-service") + "/api/profiles/alice/ratings").json();
        assertThat(ratings.toString()).contains(shown);
        assertThat(system.topics.read(Topics.RATINGS, 1, Duration.ofSeconds(30)))
                .map(record -> EventCodec.decode(record.value(), RatingGivenEvent.class))
                .anySatisfy(event -> {
                    assertThat(event.profile()).isEqualTo("alice");
                    assertThat(event.mediaId()).isEqualTo(shown);
                    assertThat(event.rating()).isEqualTo(9);
                });
        await("the rating counted once").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(Http.get(status).json().get("ratingsProcessed").asLong()).isEqualTo(1));

        var recommendations = Http.get(system.url("recommender-service")
                + "/api/profiles/alice/recommendations?type=movie&limit=20").json();
        // Top-level ids only: each explanation names the rated title it comes from ("because": [{mediaId …}]).
        java.util.List<String> recommended = new java.util.ArrayList<>();
        recommendations.forEach(recommendation -> recommended.add(recommendation.get("mediaId").asText()));
        assertThat(recommended).doesNotContain(shown).isNotEmpty();
    }

    private static String shownItem(String html) {
        Matcher m = SHOWN_ITEM.matcher(html);
        assertThat(m.find()).as("a recommendation in:\n" + html).isTrue();
        return m.group(1);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FoundationFlowIT.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
