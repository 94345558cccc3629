package io.plexrecommend.embedding.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.broker.TopicClient;
import io.plexrecommend.embedding.cache.CachedEmbedding;
import io.plexrecommend.embedding.cache.EmbeddingCache;
import io.plexrecommend.embedding.features.ItemFeatures;
import io.plexrecommend.embedding.media.ContentHash;
import io.plexrecommend.embedding.media.ItemText;
import io.plexrecommend.embedding.media.Reembedder;
import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.MediaEmbeddedEvent;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaRemovedEvent;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.events.Topics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class MediaItemsPipelineTest {

    private static final String MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final AtomicInteger NEXT_ID = new AtomicInteger(900_000 + (int) (System.nanoTime() % 90_000));

    private final TopicClient kafka = TopicClient.forTestBroker();

    @Inject
    EmbeddingCache cache;

    @Inject
    Reembedder reembedder;

    @Test
    void discoveredItemIsEmbeddedAndPublishedUnderItsMediaId() {
        MediaItem item = item("Serenity", "The crew of a transport ship is pursued across the galaxy.");

        kafka.send(Topics.MEDIA_ITEMS, item.mediaId(), discovered(item));

        MediaEmbeddedEvent embedded = awaitEmbeddings(item.mediaId(), 1).get(0);
        assertThat(embedded.modelId()).isEqualTo(MODEL_ID);
        assertThat(embedded.dimension()).isEqualTo(384);
        assertThat(embedded.vector()).hasSize(384);
        assertThat(embedded.contentHash()).startsWith("sha256:").hasSize(7 + 64);
    }

    @Test
    void unchangedItemIsNotEmbeddedAgainButAChangedOneIs() {
        MediaItem item = item("Solaris", "A psychologist is sent to a space station orbiting a strange planet.");
        kafka.send(Topics.MEDIA_ITEMS, item.mediaId(), discovered(item));
        String firstHash = awaitEmbeddings(item.mediaId(), 1).get(0).contentHash();
        JsonPath before = status();

        // A new event (new eventId) with the same metadata, then a marker item: once the marker is embedded the
        // duplicate, sent before it on the same partition, was handled.
        kafka.send(Topics.MEDIA_ITEMS, item.mediaId(), discovered(item));
        MediaItem marker = item("Marker", "Only here to show that the duplicate before it was handled.");
        kafka.send(Topics.MEDIA_ITEMS, marker.mediaId(), discovered(marker));
        awaitEmbeddings(marker.mediaId(), 1);

        JsonPath after = status();
        assertThat(after.getLong("computed")).isEqualTo(before.getLong("computed") + 1);
        assertThat(after.getLong("skippedUnchanged")).isEqualTo(before.getLong("skippedUnchanged") + 1);
        assertThat(embeddingsOf(item.mediaId())).hasSize(1);

        MediaItem changed = item.toBuilder().tagline("Some memories are best left alone.").build();
        kafka.send(Topics.MEDIA_ITEMS, item.mediaId(), discovered(changed));
        List<MediaEmbeddedEvent> both = awaitEmbeddings(item.mediaId(), 2);
        assertThat(both.get(1).contentHash()).isNotEqualTo(firstHash);
    }

    @Test
    void removedItemIsForgottenSoItsReturnIsEmbeddedAgain() {
        MediaItem item = item("Moon", "An astronaut nearing the end of a three-year stint on the moon.");
        kafka.send(Topics.MEDIA_ITEMS, item.mediaId(), discovered(item));
        awaitEmbeddings(item.mediaId(), 1);

        kafka.send(Topics.MEDIA_ITEMS, item.mediaId(), EventCodec.encode(MediaRemovedEvent.of(item.mediaId(), "gone")));
        kafka.send(Topics.MEDIA_ITEMS, item.mediaId(), discovered(item));

        List<MediaEmbeddedEvent> embeddings = awaitEmbeddings(item.mediaId(), 2);
        assertThat(embeddings.get(1).contentHash()).isEqualTo(embeddings.get(0).contentHash());
        assertThat(embeddings.get(1).vector()).containsExactly(embeddings.get(0).vector());
    }

    @Test
    void malformedEventGoesToTheDeadLetterTopicAndTheNextIsStillEmbedded() {
        String badKey = "movie:tmdb:" + NEXT_ID.incrementAndGet();
        kafka.send(Topics.MEDIA_ITEMS, badKey, "{\"eventType\":\"MediaDiscoveredEvent\",\"schemaVersion\":1,");
        MediaItem next = item("Gravity", "Two astronauts are stranded in space after their shuttle is destroyed.");
        kafka.send(Topics.MEDIA_ITEMS, next.mediaId(), discovered(next));

        await().atMost(TIMEOUT).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> dead = kafka.read(Topics.deadLetter(Topics.MEDIA_ITEMS), 1,
                    Duration.ofSeconds(2)).stream().filter(r -> badKey.equals(r.key())).toList();
            assertThat(dead).hasSize(1);
            assertThat(TopicClient.header(dead.get(0), "dead-letter-reason")).contains("MediaItemEvent");
        });
        assertThat(awaitEmbeddings(next.mediaId(), 1)).hasSize(1);
        // The consumer goes on, but says in its readiness data that it skipped a record, and why.
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'consumers' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'consumers' }.data.'media-items'",
                        org.hamcrest.Matchers.startsWith("degraded: "));
    }

    /** Issue 19: a 700 KB overview and 20,000 genres are embedded within seconds, and the next item follows. */
    @Test
    void anItemOfHugeFieldsIsEmbeddedInBoundedTimeAndTheNextItemFollows() {
        String overview = "A smuggler crosses the desert with a stolen map. " + "sand ".repeat(140_000);
        MediaItem huge = item("Dunes", overview).toBuilder()
                .genres(java.util.stream.IntStream.range(0, 20_000).mapToObj(i -> "G" + i).toList()).build();
        MediaItem next = item("Oasis", "Travellers find water where the map said none would be.");

        kafka.send(Topics.MEDIA_ITEMS, huge.mediaId(), discovered(huge));
        kafka.send(Topics.MEDIA_ITEMS, next.mediaId(), discovered(next));

        assertThat(awaitEmbeddings(huge.mediaId(), 1).get(0).vector()).hasSize(384);
        assertThat(awaitEmbeddings(next.mediaId(), 1)).hasSize(1);
    }

    @Test
    void featuresV1ArePublishedBesideTheTextVectorAndAChangedVoteCountRepublishes() {
        MediaItem item = item("Alien", "The crew of a commercial spacecraft meets a deadly lifeform.").toBuilder()
                .voteCount(14_000).voteAverage(8.1).popularity(40.0).releaseDate(LocalDate.of(1979, 5, 25))
                .originalLanguage("en").status("Released").contentRating("R").build();
        kafka.send(Topics.MEDIA_ITEMS, item.mediaId(), discovered(item));

        MediaEmbeddedEvent first = awaitEmbeddings(item.mediaId(), 1).get(0);
        assertThat(first.featureSchema()).isEqualTo("features-v1");
        assertThat(first.features()).hasSize(ItemFeatures.size()).containsExactly(ItemFeatures.of(item));
        assertThat(first.contentHash()).isEqualTo(ContentHash.of(MODEL_ID, ItemText.of(item),
                ItemFeatures.SCHEMA, ItemFeatures.of(item)));

        MediaItem moreVotes = item.toBuilder().voteCount(14_001).build();
        kafka.send(Topics.MEDIA_ITEMS, item.mediaId(), discovered(moreVotes));
        List<MediaEmbeddedEvent> both = awaitEmbeddings(item.mediaId(), 2);
        assertThat(both.get(1).contentHash()).isNotEqualTo(first.contentHash());
        assertThat(both.get(1).vector()).containsExactly(first.vector());
        assertThat(both.get(1).features()).containsExactly(ItemFeatures.of(moreVotes));
    }

    @Test
    void aMalformedRecordInsideABatchIsDeadLetteredAloneAndTheOthersKeepTheirOrder() {
        MediaItem a = item("Arrival", "A linguist works with the military to talk to alien lifeforms.");
        String badKey = "movie:tmdb:" + NEXT_ID.incrementAndGet();
        MediaItem b = item("Contact", "A radio astronomer receives a message from outer space.");
        List<MediaItem> versionsOfA = List.of(a, a.toBuilder().tagline("Why are they here?").build(),
                a.toBuilder().tagline("Why are they here?").voteCount(10).build());

        // Sent back to back, so they arrive in one or few polls: one batch holding the bad record and an item's
        // three versions.
        kafka.send(Topics.MEDIA_ITEMS, a.mediaId(), discovered(versionsOfA.get(0)));
        kafka.send(Topics.MEDIA_ITEMS, badKey, "{\"eventType\":\"MediaDiscoveredEvent\",\"schemaVersion\":1,");
        kafka.send(Topics.MEDIA_ITEMS, a.mediaId(), discovered(versionsOfA.get(1)));
        kafka.send(Topics.MEDIA_ITEMS, b.mediaId(), discovered(b));
        kafka.send(Topics.MEDIA_ITEMS, a.mediaId(), discovered(versionsOfA.get(2)));

        List<MediaEmbeddedEvent> ofA = awaitEmbeddings(a.mediaId(), 3);
        assertThat(ofA).extracting(MediaEmbeddedEvent::contentHash).containsExactlyElementsOf(versionsOfA.stream()
                .map(v -> ContentHash.of(MODEL_ID, ItemText.of(v), ItemFeatures.SCHEMA, ItemFeatures.of(v)))
                .toList());
        assertThat(awaitEmbeddings(b.mediaId(), 1)).hasSize(1);
        await().atMost(TIMEOUT).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> dead = kafka.read(Topics.deadLetter(Topics.MEDIA_ITEMS), 1,
                    Duration.ofSeconds(2)).stream().filter(r -> badKey.equals(r.key())).toList();
            assertThat(dead).hasSize(1);
            assertThat(TopicClient.header(dead.get(0), "dead-letter-reason")).isNotBlank();
            assertThat(TopicClient.header(dead.get(0), "dead-letter-topic")).isEqualTo(Topics.MEDIA_ITEMS);
        });
    }

    @Test
    void anItemRememberedInThePersistentCacheIsNotEmbeddedAgain() {
        // As if embedded by an earlier run of the service: only the cache file knows it.
        MediaItem item = item("Stalker", "A guide leads two men through an area known as the Zone.");
        String text = ItemText.of(item);
        float[] features = ItemFeatures.of(item);
        cache.put(new CachedEmbedding(item.mediaId(), ContentHash.of(MODEL_ID, text, ItemFeatures.SCHEMA, features),
                MODEL_ID, text, ItemFeatures.SCHEMA, features));
        JsonPath before = status();

        kafka.send(Topics.MEDIA_ITEMS, item.mediaId(), discovered(item));
        MediaItem marker = item("Marker", "Shows that the replayed item before it was handled.");
        kafka.send(Topics.MEDIA_ITEMS, marker.mediaId(), discovered(marker));
        awaitEmbeddings(marker.mediaId(), 1);

        JsonPath after = status();
        assertThat(after.getLong("skippedUnchanged")).isEqualTo(before.getLong("skippedUnchanged") + 1);
        assertThat(after.getLong("computed")).isEqualTo(before.getLong("computed") + 1);
        assertThat(embeddingsOf(item.mediaId())).isEmpty();
    }

    @Test
    void itemsEmbeddedByAnotherModelAreEmbeddedAgainFromTheCache() {
        MediaItem item = item("Dune", "A noble family becomes embroiled in a war for control of a desert planet.");
        String text = ItemText.of(item);
        float[] features = ItemFeatures.of(item);
        cache.put(new CachedEmbedding(item.mediaId(), "sha256:old", "old/model", text, ItemFeatures.SCHEMA,
                features));
        JsonPath before = status();

        assertThat(reembedder.reembedStale()).isGreaterThanOrEqualTo(1);

        MediaEmbeddedEvent again = awaitEmbeddings(item.mediaId(), 1).get(0);
        assertThat(again.modelId()).isEqualTo(MODEL_ID);
        assertThat(again.features()).containsExactly(features);
        assertThat(again.contentHash()).isEqualTo(ContentHash.of(MODEL_ID, text, ItemFeatures.SCHEMA, features));
        assertThat(cache.get(item.mediaId()).orElseThrow().modelId()).isEqualTo(MODEL_ID);
        assertThat(status().getLong("reembeddedForModelChange"))
                .isGreaterThan(before.getLong("reembeddedForModelChange"));
        assertThat(reembedder.reembedStale()).isZero();
    }

    @Test
    void statusMetricsAndReadinessReportTheModel() {
        given().get("/api/status").then().statusCode(200)
                .body("modelId", equalTo(MODEL_ID))
                .body("dimension", equalTo(384));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("embedding-model"));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("embeddings_computed_total");
    }

    private static MediaItem item(String title, String overview) {
        return MediaItem.builder().mediaId("movie:tmdb:" + NEXT_ID.incrementAndGet()).type(MediaType.MOVIE)
                .title(title).overview(overview).genres(List.of("Science Fiction"))
                .cast(List.of("Someone Famous")).directors(List.of("A Director")).build();
    }

    private static String discovered(MediaItem item) {
        return EventCodec.encode(MediaDiscoveredEvent.of(item));
    }

    private static JsonPath status() {
        return given().get("/api/status").then().statusCode(200).extract().jsonPath();
    }

    private List<MediaEmbeddedEvent> awaitEmbeddings(String mediaId, int count) {
        return await().atMost(TIMEOUT).until(() -> embeddingsOf(mediaId), list -> list.size() >= count);
    }

    private List<MediaEmbeddedEvent> embeddingsOf(String mediaId) {
        return kafka.read(Topics.MEDIA_EMBEDDINGS, Integer.MAX_VALUE, Duration.ofSeconds(2)).stream()
                .filter(r -> mediaId.equals(r.key()))
                .map(r -> EventCodec.decode(r.value(), MediaEmbeddedEvent.class))
                .toList();
    }
}
