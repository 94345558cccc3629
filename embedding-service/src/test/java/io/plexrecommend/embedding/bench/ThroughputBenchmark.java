package io.plexrecommend.embedding.bench;

import static io.restassured.RestAssured.given;

import ai.djl.inference.Predictor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.embedding.media.ItemText;
import io.plexrecommend.embedding.model.SentenceEmbedder;
import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.events.Topics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Items per second through the service (events into media-items → embeddings acknowledged on media-embeddings)
 * beside the raw DJL predictor on the same texts, in the same JVM, plus RSS. Not part of the normal build:
 * {@code mvn -B -o -f embedding-service/pom.xml verify -Dgroups=benchmark -Dsurefire.excludedGroups= -Dbench.count=2000}
 * (the items are read at run time from {@code bench.items}).
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ThroughputBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SentenceEmbedder embedder;

    @Test
    void serviceThroughputBesideTheRawPredictor() throws Exception {
        // The evaluation catalog beside the repository (surefire runs in the module directory); never copied in.
        Path source = Path.of(System.getProperty("bench.items",
                "../../shared/data/movielens-small-tmdb/items.jsonl"));
        int count = Integer.getInteger("bench.count", 2000);
        // Ids unique per run: the persistent cache would otherwise skip items embedded by an earlier run.
        long run = System.currentTimeMillis() % 100_000;
        List<MediaItem> items = read(source, count, run);
        List<String> texts = items.stream().map(ItemText::of).toList();
        embedder.embedAll(texts.subList(0, Math.min(64, texts.size())), 32);

        // Raw before and after the service run: other load on the machine changes over minutes, the mean of the
        // two raw runs is the fairer reference.
        double rawSecondsBefore = raw(texts);
        long rssAfterRaw = rssKb();

        long before = computed();
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerTestResource.broker().bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        long serviceStart = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (MediaItem item : items) {
                producer.send(new ProducerRecord<>(Topics.MEDIA_ITEMS, item.mediaId(),
                        EventCodec.encode(MediaDiscoveredEvent.of(item))));
            }
        }
        long peakRss = 0;
        while (computed() < before + items.size()) {
            peakRss = Math.max(peakRss, rssKb());
            if ((System.nanoTime() - serviceStart) / 1e9 > 3600) {
                throw new AssertionError("timed out at " + (computed() - before) + " items");
            }
            Thread.sleep(200);
        }
        double serviceSeconds = (System.nanoTime() - serviceStart) / 1e9;
        double rawSecondsAfter = raw(texts);
        double rawSeconds = (rawSecondsBefore + rawSecondsAfter) / 2;

        double raw = items.size() / rawSeconds;
        double service = items.size() / serviceSeconds;
        System.out.printf("BENCHMARK rawBefore=%.1f items/s rawAfter=%.1f items/s%n", items.size() / rawSecondsBefore,
                items.size() / rawSecondsAfter);
        System.out.printf("BENCHMARK items=%d avgChars=%.0f raw=%.1f items/s (%.1f s) service=%.1f items/s "
                + "(%.1f s) ratio=%.1f%% rssAfterRaw=%d MB peakRssDuringService=%d MB heapMax=%d MB%n",
                items.size(), texts.stream().mapToInt(String::length).average().orElse(0), raw, rawSeconds,
                service, serviceSeconds, 100 * service / raw, rssAfterRaw / 1024, peakRss / 1024,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** The bare DJL predictor: {@code batchPredict} over chunks of 32 in input order, nothing else. */
    private double raw(List<String> texts) throws Exception {
        try (Predictor<String, float[]> predictor = embedder.newPredictor()) {
            long start = System.nanoTime();
            for (int from = 0; from < texts.size(); from += 32) {
                predictor.batchPredict(texts.subList(from, Math.min(texts.size(), from + 32)));
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static long computed() {
        return given().get("/api/status").then().statusCode(200).extract().jsonPath().getLong("computed");
    }

    private static long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static List<MediaItem> read(Path source, int count, long run) throws IOException {
        List<MediaItem> items = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(source)) {
            String line;
            while (items.size() < count && (line = reader.readLine()) != null) {
                JsonNode n = JSON.readTree(line);
                if (!n.hasNonNull("tmdb_id") || !n.hasNonNull("title")) {
                    continue;
                }
                MediaItem.Builder b = MediaItem.builder()
                        .mediaId("movie:tmdb:" + run + "-" + n.get("tmdb_id").asText())
                        .type(MediaType.MOVIE).source("catalog").title(n.get("title").asText())
                        .overview(text(n, "overview")).tagline(text(n, "tagline"))
                        .genres(list(n, "genres")).keywords(list(n, "keywords")).cast(list(n, "cast"))
                        .directors(list(n, "directors")).originalLanguage(text(n, "original_language"));
                if (n.hasNonNull("year")) {
                    b.year(n.get("year").asInt());
                }
                if (n.hasNonNull("popularity")) {
                    b.popularity(n.get("popularity").asDouble());
                }
                if (n.hasNonNull("vote_average")) {
                    b.voteAverage(n.get("vote_average").asDouble());
                }
                if (n.hasNonNull("vote_count")) {
                    b.voteCount(n.get("vote_count").asInt());
                }
                String date = text(n, "release_date");
                if (date != null && date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    b.releaseDate(LocalDate.parse(date));
                }
                items.add(b.build());
            }
        }
        return items;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static List<String> list(JsonNode n, String field) {
        List<String> values = new ArrayList<>();
        if (n.has(field) && n.get(field).isArray()) {
            n.get(field).forEach(v -> values.add(v.asText()));
        }
        return values;
    }
}
