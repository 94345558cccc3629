package io.plexrecommend.recommender;

import static io.plexrecommend.recommender.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.broker.TopicClient;
import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.RatingSource;
import io.plexrecommend.events.Topics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Every incoming topic: an unreadable record goes to {@code <topic>-dlq} with a reason, and the next one is handled;
 * on {@code ratings}, read in batches, a bad record goes there alone and the rest of its batch is applied.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FreshDatabaseTestResource.class)
class DeadLetterTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aMalformedMediaItemGoesToItsDeadLetterTopicAndTheNextItemIsStillStored() {
        String bad = newMediaId(MediaType.MOVIE);
        String good = newMediaId(MediaType.MOVIE);
        TopicClient.forTestBroker().send(Topics.MEDIA_ITEMS, bad, "{\"eventType\":\"MediaDiscoveredEvent\"");
        discover(item(good, "After The Bad One").build());

        awaitKnown(good);
        assertDeadLetter(Topics.MEDIA_ITEMS, bad, "{\"eventType\":\"MediaDiscoveredEvent\"");
        // The consumer goes on, but says in its readiness data that it skipped a record, and why.
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'consumers' }.status", org.hamcrest.Matchers.is("UP"))
                .body("checks.find { it.name == 'consumers' }.data.'media-items'",
                        org.hamcrest.Matchers.startsWith("degraded: "));
    }

    /**
     * Issue 19: an item of megabytes (a 700 KB overview, 20,000 keywords) is stored bounded, so it cannot slow every
     * later model refresh, and the item after it is stored too.
     */
    @Test
    void aHugeMediaItemIsStoredBoundedAndTheNextItemIsStillStored() {
        String huge = newMediaId(MediaType.MOVIE);
        String next = newMediaId(MediaType.MOVIE);
        discover(item(huge, "Huge").overview("sand ".repeat(140_000))
                .keywords(java.util.stream.IntStream.range(0, 20_000).mapToObj(i -> "k" + i).toList()).build());
        discover(item(next, "After The Huge One").build());

        awaitKnown(huge, next);
        io.restassured.path.json.JsonPath details = given().get("/api/items/{id}", huge).then().statusCode(200)
                .extract().jsonPath();
        assertThat(details.getString("summary").length()).isLessThanOrEqualTo(4_001);
        assertThat(details.getList("keywords")).hasSize(100).startsWith("k0", "k1");
    }

    @Test
    void aMalformedEmbeddingGoesToItsDeadLetterTopicAndTheNextEmbeddingIsStillStored() {
        String movie = newMediaId(MediaType.MOVIE);
        discover(item(movie, "Embedded After Bad").build());
        awaitKnown(movie);
        long embedded = status().getLong("itemsEmbedded");
        String wrongDimension = "{\"eventType\":\"MediaEmbeddedEvent\",\"schemaVersion\":1,"
                + "\"eventId\":\"9a4e2d10-7b61-4c3b-a0f5-8c2e1d7f6b22\",\"occurredAt\":\"2026-11-23T20:15:02Z\","
                + "\"mediaId\":\"" + movie + "\",\"modelId\":\"m\",\"dimension\":3,\"vector\":[0.5,0.5],"
                + "\"contentHash\":\"x\"}";

        TopicClient.forTestBroker().send(Topics.MEDIA_EMBEDDINGS, movie, wrongDimension);
        embed(movie, "dead-letter-test-model", 1f, 0f);

        await().atMost(WAIT).until(() -> status().getLong("itemsEmbedded") == embedded + 1);
        assertThat(assertDeadLetter(Topics.MEDIA_EMBEDDINGS, movie, wrongDimension)).contains("dimension");
    }

    @Test
    void aMalformedGraphUpdateGoesToItsDeadLetterTopicAndTheNextUpdateIsStillStored() {
        String movie = newMediaId(MediaType.MOVIE);
        discover(item(movie, "In Graph After Bad").build());
        awaitKnown(movie);
        long inGraph = status().getLong("itemsInGraph");
        String newerSchema = "{\"eventType\":\"MediaGraphUpdatedEvent\",\"schemaVersion\":99,"
                + "\"eventId\":\"e1b7c3d2-4f5a-4b6c-8d9e-0f1a2b3c4d55\",\"occurredAt\":\"2026-11-23T20:15:01Z\","
                + "\"mediaId\":\"" + movie + "\",\"graph\":\"g\",\"format\":\"application/n-triples\","
                + "\"tripleCount\":2,\"triples\":\"\"}";

        TopicClient.forTestBroker().send(Topics.GRAPH_TRIPLES, movie, newerSchema);
        graph(movie, 5);

        await().atMost(WAIT).until(() -> status().getLong("itemsInGraph") == inGraph + 1);
        assertThat(assertDeadLetter(Topics.GRAPH_TRIPLES, movie, newerSchema)).contains("schemaVersion 99");
    }

    @Test
    void aMalformedGraphVectorGoesToItsDeadLetterTopicAndTheNextVectorIsStillStored() {
        String movie = newMediaId(MediaType.MOVIE);
        discover(item(movie, "Graph Vector After Bad").build());
        awaitKnown(movie);
        String wrongDimension = "{\"eventType\":\"GraphEmbeddedEvent\",\"schemaVersion\":1,"
                + "\"eventId\":\"5c0d9e8f-7a6b-4c5d-8e9f-0a1b2c3d4e5f\",\"occurredAt\":\"2026-11-23T20:20:00Z\","
                + "\"mediaId\":\"" + movie + "\",\"modelId\":\"g\",\"trainedAt\":\"2026-11-23T20:19:58Z\","
                + "\"dimension\":3,\"vector\":[0.5,0.5]}";

        TopicClient.forTestBroker().send(Topics.GRAPH_EMBEDDINGS, movie, wrongDimension);
        graphVector(movie, 0.6f, 0.8f);

        await().atMost(WAIT).until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                () -> io.plexrecommend.recommender.catalog.GraphVectorEntity.findById(movie) != null));
        assertThat(assertDeadLetter(Topics.GRAPH_EMBEDDINGS, movie, wrongDimension)).contains("dimension");
    }

    @Test
    void aMalformedRatingGoesToItsDeadLetterTopicAndTheNextRatingIsStillApplied() {
        String profile = newProfile();
        String movie = newMediaId(MediaType.MOVIE);
        String notJson = "rating: ten out of ten";

        TopicClient.forTestBroker().send(Topics.RATINGS, profile, notJson);
        publish(Topics.RATINGS, RatingGivenEvent.of(profile, movie, 10, RatingSource.API));

        await().atMost(WAIT).until(() -> !given().get("/api/profiles/{p}/ratings", profile)
                .then().extract().jsonPath().getList("$").isEmpty());
        assertDeadLetter(Topics.RATINGS, profile, notJson);
    }

    @Test
    void malformedRatingsInABurstGoToTheDeadLetterTopicAloneAndTheRestOfTheBurstIsApplied() throws Exception {
        // One producer, no wait between records: the consumer, which reads ratings in batches, gets them in one poll
        // (or a few), good and bad mixed.
        String profile = newProfile();
        String badKey = newProfile();
        List<String> movies = List.of(newMediaId(MediaType.MOVIE), newMediaId(MediaType.MOVIE),
                newMediaId(MediaType.MOVIE), newMediaId(MediaType.MOVIE));
        String notJson = "{\"eventType\":\"RatingGivenEvent\"";
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerTestResource.broker().bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.LINGER_MS_CONFIG, "50");
        try (var producer = new KafkaProducer<String, String>(p)) {
            for (int i = 0; i < movies.size(); i++) {
                producer.send(new ProducerRecord<>(Topics.RATINGS, profile,
                        EventCodec.encode(RatingGivenEvent.of(profile, movies.get(i), i + 5, RatingSource.API))));
                if (i == 1) {
                    producer.send(new ProducerRecord<>(Topics.RATINGS, badKey, notJson));
                }
            }
            producer.send(new ProducerRecord<>(Topics.RATINGS, badKey, "")).get();
        }

        await().atMost(WAIT).until(() -> given().get("/api/profiles/{p}/ratings", profile)
                .then().extract().jsonPath().getList("mediaId", String.class).size() == movies.size());
        given().get("/api/profiles/{p}/ratings", profile).then().statusCode(200)
                .body("mediaId", containsInAnyOrder(movies.toArray()));
        List<ConsumerRecord<String, String>> letters = await().atMost(WAIT)
                .until(() -> TopicClient.forTestBroker().read(Topics.deadLetter(Topics.RATINGS), Integer.MAX_VALUE,
                        Duration.ofSeconds(2)).stream().filter(r -> badKey.equals(r.key())).toList(),
                        found -> found.size() >= 2);
        assertThat(letters).extracting(ConsumerRecord::value).containsExactly(notJson, "");
        assertThat(letters).allSatisfy(r -> assertThat(TopicClient.header(r, "dead-letter-reason")).isNotBlank());
    }

    /** Asserts the record is in the dead-letter topic unchanged, with a reason; returns the reason. */
    private static String assertDeadLetter(String topic, String key, String value) {
        List<ConsumerRecord<String, String>> letters = await().atMost(WAIT)
                .until(() -> TopicClient.forTestBroker().read(Topics.deadLetter(topic), Integer.MAX_VALUE,
                        Duration.ofSeconds(2)).stream().filter(r -> key.equals(r.key())).toList(),
                        found -> !found.isEmpty());
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).value()).isEqualTo(value);
        String reason = TopicClient.header(letters.get(0), "dead-letter-reason");
        assertThat(reason).isNotBlank();
        return reason;
    }
}
