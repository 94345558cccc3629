package io.plexrecommend.recommender.bench;

import static io.restassured.RestAssured.given;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.events.RatingEvent;
import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.RatingSource;
import io.plexrecommend.events.Topics;
import io.plexrecommend.recommender.FreshDatabaseTestResource;
import io.plexrecommend.recommender.rating.RatingHandler;
import io.plexrecommend.recommender.Received;
import io.plexrecommend.recommender.rating.ReceivedRating;
import io.plexrecommend.recommender.storage.AppliedEventEntity;
import io.plexrecommend.recommender.storage.StateWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A bulk rating import through the real consumer path: {@value #DEFAULT_RATINGS} {@code RatingGivenEvent}s across
 * {@value #DEFAULT_PROFILES} profiles (source {@code import}, keyed by profile as the scanner publishes them) are
 * written to the in-process broker's {@code ratings} topic as fast as a producer can, and the time until the
 * recommender counts them all as applied ({@code ratingsProcessed}, the figure bench/load.sh reads) gives ratings/s.
 * A warm-up import of {@value #DEFAULT_WARM_UP} other ratings comes first, so the JIT has compiled the path.
 * While the import runs, a probe rates a title through {@code POST /api/profiles/{p}/ratings} every 100 ms (publish,
 * broker ack, apply at once), then applies one more rating at once the way the API does
 * ({@code RatingHandler.handle}), and reports both latencies: the API shares the one writer with the consumer.
 * The database is the real SQLite file under target/test-data. A second test times the parts of one event's
 * application by calling the writer and the handler directly, and batches of 100, 200 and 500. Numbers go to
 * docs/benchmarks.md. Run with {@code ./mvnw -B -o test -pl recommender-service -Dgroups=benchmark
 * -Dsurefire.excludedGroups= -Dtest=RatingIngestBenchmark} ({@code -Dbench.ratings=}, {@code -Dbench.rating-profiles=},
 * {@code -Dbench.warm-up=} change the sizes).
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FreshDatabaseTestResource.class)
@Tag("benchmark")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RatingIngestBenchmark {

    static final int DEFAULT_RATINGS = 20_000;
    static final int DEFAULT_PROFILES = 200;
    static final int RATINGS = Integer.getInteger("bench.ratings", DEFAULT_RATINGS);
    static final int PROFILES = Integer.getInteger("bench.rating-profiles", DEFAULT_PROFILES);
    static final int DEFAULT_WARM_UP = 5_000;
    static final int WARM_UP = Integer.getInteger("bench.warm-up", DEFAULT_WARM_UP);
    static final int TITLES = 20_000;
    static final long TIMEOUT_MS = 15 * 60_000;

    @Inject
    StateWriter writer;

    @Inject
    RatingHandler handler;

    @Test
    @Order(1)
    void aBulkImportThroughTheConsumer() throws Exception {
        String probeItem = "movie:tmdb:999999001";
        publish(Topics.MEDIA_ITEMS, "bench", EventCodec.encode(MediaDiscoveredEvent.of(MediaItem.builder()
                .mediaId(probeItem).type(MediaType.MOVIE).source("catalog").title("Probe").year(2001)
                .runtimeMinutes(100).genres(List.of("Drama")).overview("A probe.").contentRating("PG-13")
                .popularity(1.0).voteAverage(7.0).voteCount(10).build())));
        long deadline = System.currentTimeMillis() + 60_000;
        while (given().queryParam("type", "movie").queryParam("limit", 100)
                .get("/api/profiles/{p}/recommendations", "bench-nobody").then().extract().jsonPath()
                .getList("mediaId", String.class).stream().noneMatch(probeItem::equals)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the probe item never became known");
            }
            Thread.sleep(100);
        }

        // Warm-up: a smaller import of other profiles, so the JIT has compiled the path before the measured one.
        List<ProducerRecord<String, String>> warmUp = ratings("warm-up-", WARM_UP, PROFILES, new Random(3));
        long warmUpStart = System.nanoTime();
        long target = processed() + WARM_UP;
        try (KafkaProducer<String, String> p = producer()) {
            warmUp.forEach(p::send);
        }
        while (processed() < target) {
            if ((System.nanoTime() - warmUpStart) / 1_000_000 > TIMEOUT_MS) {
                throw new AssertionError("the warm-up import was not applied");
            }
            Thread.sleep(100);
        }
        System.out.printf("warm-up: %d ratings applied in %.1f s%n", WARM_UP, (System.nanoTime() - warmUpStart) / 1e9);

        List<ProducerRecord<String, String>> records = ratings("import-", RATINGS, PROFILES, new Random(11));
        long before = processed();

        long start = System.nanoTime();
        Thread producer = new Thread(() -> {
            try (KafkaProducer<String, String> p = producer()) {
                records.forEach(p::send);
                p.flush();
            }
        }, "bench-import");
        producer.start();
        List<Long> probeMs = new ArrayList<>();
        List<Long> applyMs = new ArrayList<>();
        long publishedMs = -1;
        int probe = 0;
        while (processed() < before + RATINGS) {
            if (publishedMs < 0 && !producer.isAlive()) {
                publishedMs = (System.nanoTime() - start) / 1_000_000;
            }
            if ((System.nanoTime() - start) / 1_000_000 > TIMEOUT_MS) {
                throw new AssertionError("only " + (processed() - before) + " of " + RATINGS + " applied");
            }
            long t = System.nanoTime();
            given().contentType("application/json").body(Map.of("mediaId", probeItem, "rating", 1 + probe % 10))
                    .post("/api/profiles/{p}/ratings", "probe-" + probe).then().statusCode(202);
            probeMs.add((System.nanoTime() - t) / 1_000_000);
            // The part of the API's work that shares the writer with the consumer: applying a rating at once.
            t = System.nanoTime();
            handler.handle(Received.next(RatingGivenEvent.of("probe-" + probe++, probeItem, 5, RatingSource.UI)));
            applyMs.add((System.nanoTime() - t) / 1_000_000);
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        producer.join();

        System.out.printf("ratings=%d profiles=%d%n", RATINGS, PROFILES);
        System.out.printf("published (producer flushed) after %d ms%n", publishedMs);
        System.out.printf("applied by the consumer: %.1f s = %.0f ratings/s (probes: %d)%n", seconds,
                RATINGS / seconds, probeMs.size());
        percentiles("POST /api/profiles/{p}/ratings during the import (publish, broker ack, apply)", probeMs);
        percentiles("RatingHandler.handle during the import (the API's apply at once: writer wait + apply)", applyMs);
    }

    private static void percentiles(String what, List<Long> millis) {
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length > 0) {
            System.out.printf("%s, %d probes: p50 %d ms, p90 %d ms, max %d ms%n", what, sorted.length,
                    sorted[sorted.length / 2], sorted[sorted.length * 9 / 10], sorted[sorted.length - 1]);
        }
    }

    /** {@code count} ratings across {@code profiles} profiles, titles drawn with a popularity skew. */
    private static List<ProducerRecord<String, String>> ratings(String prefix, int count, int profiles,
            Random random) {
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        List<ProducerRecord<String, String>> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String profile = prefix + (i % profiles);
            String mediaId = "movie:tmdb:" + (1 + (int) (TITLES * Math.pow(random.nextDouble(), 2.5)));
            RatingGivenEvent event = RatingGivenEvent.imported(profile, mediaId, 1 + random.nextInt(10),
                    RatingSource.IMPORT, base.plusSeconds(i));
            records.add(new ProducerRecord<>(Topics.RATINGS, profile, EventCodec.encode(event)));
        }
        return records;
    }

    /**
     * Where one event's time goes: the writer's transaction, the applied-event record, the handler's work; then the
     * same ratings in batches. Every measurement runs twice and the second pass is reported, so the JIT has compiled
     * each path whatever the test before it exercised.
     */
    @Test
    @Order(2)
    void piecesOfOneEvent() {
        for (int pass = 0; pass < 2; pass++) {
            pieces(pass, pass == 1);
        }
    }

    private void pieces(int pass, boolean print) {
        int n = 2_000;
        Random random = new Random(5 + pass);
        long t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            writer.write(() -> null);
        }
        report(print, "empty transaction (no SQL)", t, n);

        t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            writer.write(() -> AppliedEventEntity.findById(UUID.randomUUID().toString()));
        }
        report(print, "transaction + applied_events lookup (read only)", t, n);

        t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            writer.applyOnce(UUID.randomUUID(), "bench", () -> {
            });
        }
        report(print, "applyOnce, no change (lookup + applied_events insert + commit)", t, n);

        List<ReceivedRating> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(Received.next(rating("pieces-" + pass + "-" + (i % 20), random, i)));
        }
        t = System.nanoTime();
        events.forEach(handler::handle);
        report(print, "RatingHandler.handle, new rating (+ profile, rating lookup, insert, ProfileChanged)", t, n);

        t = System.nanoTime();
        events.forEach(handler::handle);
        report(print, "RatingHandler.handle, already applied (lookup only)", t, n);

        for (int size : new int[] {100, 200, 500}) {
            List<ReceivedRating> batch = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                batch.add(Received.next(rating("batched-" + pass + "-" + size + "-" + (i % 20), random, i)));
            }
            t = System.nanoTime();
            long longest = 0;
            for (int from = 0; from < n; from += size) {
                long b = System.nanoTime();
                handler.handleAll(batch.subList(from, Math.min(n, from + size)));
                longest = Math.max(longest, System.nanoTime() - b);
            }
            report(print, "RatingHandler.handleAll, new ratings, batches of " + size + " (longest batch "
                    + longest / 1_000_000 + " ms)", t, n);
        }
    }

    private static RatingGivenEvent rating(String profile, Random random, int i) {
        return RatingGivenEvent.imported(profile, "movie:tmdb:" + (1 + random.nextInt(TITLES)),
                1 + random.nextInt(10), RatingSource.IMPORT, Instant.parse("2026-02-01T00:00:00Z").plusSeconds(i));
    }

    private static void report(boolean print, String what, long startNanos, int n) {
        if (!print) {
            return;
        }
        double ms = (System.nanoTime() - startNanos) / 1e6;
        System.out.printf("%-80s %8.3f ms/event  %7.0f events/s%n", what, ms / n, n / (ms / 1000));
    }

    private static long processed() {
        return given().get("/api/status").then().statusCode(200).extract().jsonPath().getLong("ratingsProcessed");
    }

    private static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerTestResource.broker().bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return new KafkaProducer<>(p);
    }

    private static void publish(String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> p = producer()) {
            p.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }
}
