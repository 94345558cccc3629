package io.plexrecommend.graph.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.broker.TopicClient;
import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.MediaGraphUpdatedEvent;
import io.plexrecommend.events.MediaRemovedEvent;
import io.plexrecommend.events.Topics;
import io.plexrecommend.graph.TestItems;
import io.plexrecommend.graph.rest.ServiceStatus;
import io.restassured.RestAssured;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** media-items in, graph-triples out, through the real test broker, as an outside producer and consumer would. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class MediaItemsConsumerTest {

    private final TopicClient kafka = TopicClient.forTestBroker();

    /** Test topics outlive one run (and are shared by all test classes): every test uses ids of its own. */
    private static String newMovieId() {
        return "movie:tmdb:" + ThreadLocalRandom.current().nextInt(1_000_000, 2_000_000_000);
    }

    private List<ConsumerRecord<String, String>> recordsFor(String topic, String key) {
        return kafka.read(topic, 100_000, Duration.ofSeconds(2)).stream().filter(r -> key.equals(r.key())).toList();
    }

    private List<MediaGraphUpdatedEvent> graphEventsFor(String mediaId, int atLeast) {
        return await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .until(() -> recordsFor(Topics.GRAPH_TRIPLES, mediaId).stream()
                        .map(r -> EventCodec.decode(r.value(), MediaGraphUpdatedEvent.class)).toList(),
                        events -> events.size() >= atLeast);
    }

    @Test
    void discoveredMovieIsPublishedAsItsTriples() {
        String mediaId = newMovieId();
        String movie = "<https://plex-recommend.io/media/" + mediaId + ">";

        kafka.send(Topics.MEDIA_ITEMS, mediaId, EventCodec.encode(MediaDiscoveredEvent.of(TestItems.movie(mediaId)
                .genres(List.of("Action", "Science Fiction")).keywords(List.of("virtual reality"))
                .cast(List.of("Keanu Reeves", "Carrie-Anne Moss")).directors(List.of("Lana Wachowski")).build())));

        MediaGraphUpdatedEvent event = graphEventsFor(mediaId, 1).get(0);
        assertThat(event.mediaId()).isEqualTo(mediaId);
        assertThat(event.graph()).isEqualTo("https://plex-recommend.io/media/" + mediaId);
        assertThat(event.format()).isEqualTo("application/n-triples");
        assertThat(event.triples().lines()).hasSize(event.tripleCount()).isSorted().contains(
                movie + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Movie> .",
                movie + " <https://schema.org/genre> <https://plex-recommend.io/genre/action> .",
                movie + " <https://schema.org/genre> <https://plex-recommend.io/genre/science-fiction> .",
                movie + " <https://schema.org/keywords> <https://plex-recommend.io/keyword/virtual-reality> .",
                movie + " <https://schema.org/actor> <https://plex-recommend.io/person/keanu-reeves> .",
                movie + " <https://schema.org/actor> <https://plex-recommend.io/person/carrie-anne-moss> .",
                movie + " <https://schema.org/director> <https://plex-recommend.io/person/lana-wachowski> .",
                "<https://plex-recommend.io/person/lana-wachowski> <https://schema.org/name> \"Lana Wachowski\" .");
    }

    @Test
    void replayedDiscoveryPublishesTheSameGraph() {
        String mediaId = newMovieId();
        String json = EventCodec.encode(MediaDiscoveredEvent.of(TestItems.movie(mediaId).build()));

        kafka.send(Topics.MEDIA_ITEMS, mediaId, json);
        kafka.send(Topics.MEDIA_ITEMS, mediaId, json);

        List<MediaGraphUpdatedEvent> events = graphEventsFor(mediaId, 2);
        assertThat(events.get(1).triples()).isEqualTo(events.get(0).triples());
        assertThat(events.get(1).tripleCount()).isEqualTo(events.get(0).tripleCount()).isPositive();
    }

    @Test
    void removedItemIsPublishedWithNoTriples() {
        String mediaId = newMovieId();
        kafka.send(Topics.MEDIA_ITEMS, mediaId, EventCodec.encode(MediaDiscoveredEvent.of(TestItems.movie(mediaId)
                .build())));
        kafka.send(Topics.MEDIA_ITEMS, mediaId, EventCodec.encode(MediaRemovedEvent.of(mediaId, "gone from Plex")));

        List<MediaGraphUpdatedEvent> events = graphEventsFor(mediaId, 2);
        assertThat(events.get(0).tripleCount()).isPositive();
        MediaGraphUpdatedEvent removal = events.get(1);
        assertThat(removal.tripleCount()).isZero();
        assertThat(removal.triples()).isEmpty();
        assertThat(removal.graph()).isEqualTo("https://plex-recommend.io/media/" + mediaId);
        io.restassured.RestAssured.get("/api/items/{id}/triples", mediaId).then().statusCode(404);
    }

    @Test
    void aBatchAppliesEveryEventInOrderAndTheLastOneOfAnItemWins() {
        String first = newMovieId();
        String second = newMovieId();
        kafka.send(Topics.MEDIA_ITEMS, first, EventCodec.encode(MediaDiscoveredEvent.of(TestItems.movie(first)
                .genres(List.of("Drama")).build())));
        kafka.send(Topics.MEDIA_ITEMS, second, EventCodec.encode(MediaDiscoveredEvent.of(TestItems.movie(second)
                .build())));
        kafka.send(Topics.MEDIA_ITEMS, first, EventCodec.encode(MediaDiscoveredEvent.of(TestItems.movie(first)
                .genres(List.of("Western")).build())));
        kafka.send(Topics.MEDIA_ITEMS, second, EventCodec.encode(MediaRemovedEvent.of(second, "gone")));

        await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).until(() -> {
            List<MediaGraphUpdatedEvent> firsts = graphEventsFor(first, 1);
            return firsts.get(firsts.size() - 1).triples().contains("genre/western");
        });
        List<MediaGraphUpdatedEvent> seconds = graphEventsFor(second, 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> graphEventsFor(second, 1).stream()
                .anyMatch(e -> e.tripleCount() == 0));
        assertThat(seconds).isNotEmpty();
        assertThat(RestAssured.get("/api/items/{id}/triples", first).then().statusCode(200).extract().asString())
                .contains("genre/western").doesNotContain("genre/drama");
        RestAssured.get("/api/items/{id}/triples", second).then().statusCode(404);
    }

    @Test
    void malformedEventGoesToTheDeadLetterTopicAndTheNextOneIsHandled() {
        String badKey = "malformed-" + UUID.randomUUID();
        String mediaId = newMovieId();

        kafka.send(Topics.MEDIA_ITEMS, badKey, "{\"eventType\":\"MediaDiscoveredEvent\", not json");
        kafka.send(Topics.MEDIA_ITEMS, mediaId, EventCodec.encode(MediaDiscoveredEvent.of(TestItems.movie(mediaId)
                .build())));

        ConsumerRecord<String, String> dead = await().atMost(Duration.ofSeconds(60))
                .until(() -> recordsFor(Topics.deadLetter(Topics.MEDIA_ITEMS), badKey), records -> !records.isEmpty())
                .get(0);
        assertThat(dead.value()).isEqualTo("{\"eventType\":\"MediaDiscoveredEvent\", not json");
        assertThat(TopicClient.header(dead, "dead-letter-reason")).contains("MediaItemEvent");
        assertThat(graphEventsFor(mediaId, 1).get(0).tripleCount()).isPositive();
        // The consumer goes on, but says in its readiness data that it skipped a record, and why.
        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'consumers' }.status", org.hamcrest.Matchers.is("UP"))
                .body("checks.find { it.name == 'consumers' }.data.'media-items'",
                        org.hamcrest.Matchers.startsWith("degraded: "));
    }

    /**
     * Issue 19: a 1 MB overview kept OpenNLP's tagger busy for over ten minutes, the channel failed and every later
     * item waited for good. Now only its first few KB are read: it is in the graph within seconds, and so is the
     * item after it.
     */
    @Test
    void anItemWithAHugeOverviewIsMappedInBoundedTimeAndTheNextItemFollows() {
        String huge = newMovieId();
        String next = newMovieId();
        StringBuilder overview = new StringBuilder("Captain Rex Morgan hunts a vicious drug lord through Chicago. ");
        while (overview.length() < 900_000) {
            overview.append("Marta Quill and Old Tom Baxter cross the frozen river near Port Elgin at night. ");
        }

        kafka.send(Topics.MEDIA_ITEMS, huge, EventCodec.encode(MediaDiscoveredEvent.of(TestItems.movie(huge)
                .overview(overview.toString()).build())));
        kafka.send(Topics.MEDIA_ITEMS, next, EventCodec.encode(MediaDiscoveredEvent.of(TestItems.movie(next)
                .build())));

        MediaGraphUpdatedEvent hugeGraph = graphEventsFor(huge, 1).get(0);
        assertThat(hugeGraph.triples()).contains("<https://plex-recommend.io/entity/drug-lord>")
                .contains("<https://plex-recommend.io/entity/chicago>");
        assertThat(graphEventsFor(next, 1).get(0).tripleCount()).isPositive();
    }

    @Test
    void storeCompactsItselfOnceTheConfiguredNumberOfItemsChanged() {
        // %test.graph.compaction.after-writes=5, and after a compaction the next waits for half as many changes as
        // the store holds items (GraphCompactor); other tests' items count too, so the test makes enough changes for
        // whichever threshold applies.
        ServiceStatus start = RestAssured.get("/api/status").then().statusCode(200).extract().as(ServiceStatus.class);
        long before = start.compactions();
        long changes = Math.max(5, start.items() / 2 + 2);
        String mediaId = newMovieId();
        List<String> genres = List.of("Drama", "Comedy", "Horror", "Western", "Documentary");
        for (int k = 0; k < changes; k++) {
            // The last change is always Documentary, which the assertions below look for.
            String genre = genres.get((int) (k + genres.size() - changes % genres.size()) % genres.size());
            kafka.send(Topics.MEDIA_ITEMS, mediaId, EventCodec.encode(MediaDiscoveredEvent.of(TestItems.movie(mediaId)
                    .genres(List.of(genre)).build())));
            // One at a time: events of one item in the same poll would collapse into one change.
            graphEventsFor(mediaId, k + 1);
        }

        ServiceStatus status = await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .until(() -> RestAssured.get("/api/status").then().statusCode(200).extract().as(ServiceStatus.class),
                        s -> s.compactions() > before);
        assertThat(status.diskBytes()).isPositive();
        assertThat(RestAssured.get("/api/items/{id}/triples", mediaId).then().statusCode(200).extract().asString())
                .contains("<https://plex-recommend.io/genre/documentary>").doesNotContain("genre/drama");
    }
}
