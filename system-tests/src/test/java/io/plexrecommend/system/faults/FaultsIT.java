package io.plexrecommend.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plexrecommend.broker.TopicClient;
import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.GraphEmbeddedEvent;
import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.RatingSource;
import io.plexrecommend.events.Topics;
import io.plexrecommend.events.kafka.DeadLetterHeaders;
import io.plexrecommend.system.Http;
import io.plexrecommend.system.RunningSystem;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What survives which failure, proved on one running system (the packaged services as processes, a real broker, real
 * SQLite, TDB2 and MiniLM): every service SIGKILLed mid-flow, the broker restarted mid-flow, embedding and graph
 * stopped for a while, and unreadable events on every consumed topic. The expected end state is derived from the
 * inputs (see docs/reliability.md). The methods run in order on the same system; each measures from where the
 * previous one left the counts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final Duration RESTART = Duration.ofMinutes(2);
    private static final Duration SETTLE = Duration.ofMinutes(4);
    private static final String RECOMMENDER = "recommender-service";

    private static RunningSystem system;
    private static Path projectRoot;
    private static List<Integer> demoMovies;
    private static int demoTitles;

    @BeforeAll
    static void startSystem() {
        projectRoot = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
        demoMovies = RatingPlan.demoMovies(projectRoot);
        demoTitles = RatingPlan.demoTitles(projectRoot);
        system = RunningSystem.start();
    }

    @AfterAll
    static void stopSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void everyItemAndRatingArrivesExactlyOnceThoughEachServiceIsKilledMidFlow() throws Exception {
        String scanner = system.url("scanner-service");
        loadDemoLibrary();

        int catalogItems = 2_000;
        RatingPlan plan = RatingPlan.of("faults", 50, 100, demoMovies);
        assertThat(plan.rows()).isEqualTo(5_000);
        PersistentUser user = new PersistentUser(scanner, SETTLE);
        Timeline timeline = new Timeline();
        ExecutorService feeder = Executors.newSingleThreadExecutor();
        try {
            Future<?> feeding = feeder.submit(() -> {
                user.importCatalog(0, catalogItems, 250);
                timeline.note("catalog imported");
                user.importRatings(plan);
                timeline.note("ratings imported");
            });

            await("a catalog chunk in flight after the first").atMost(SETTLE).pollInterval(Duration.ofMillis(20))
                    .until(() -> user.requestsDone() >= 1 && user.requestInFlight());
            killAndRestart("scanner-service", timeline, () -> user.requestsDone() < catalogItems / 250 + plan.profiles().size());

            // As soon as the first profile's ratings were taken, with 49 imports to go: the recommender applies a
            // poll of ratings in one transaction, thousands a second, so waiting for ratings to be applied (or for
            // the graph and embedding kills below first) found every rating applied and killed nothing mid-flow.
            await("the first ratings import taken").atMost(SETTLE).pollInterval(Duration.ofMillis(20))
                    .until(() -> user.requestsDone() >= catalogItems / 250 + 1);
            killAndRestart(RECOMMENDER, timeline, () -> status().ratingsProcessed() < plan.rows());

            awaitStatus("300 catalog items in the graph", s -> s.itemsInGraph() >= demoTitles + 300);
            killAndRestart("graph-service", timeline, () -> status().itemsInGraph() < demoTitles + catalogItems);

            awaitStatus("600 catalog items embedded", s -> s.itemsEmbedded() >= demoTitles + 600);
            killAndRestart("embedding-service", timeline, () -> status().itemsEmbedded() < demoTitles + catalogItems);

            // ui-service holds no state: what counts is that it serves again (assertRecommendable, below).
            killAndRestart("ui-service", timeline, () -> true);

            feeding.get(SETTLE.toMinutes(), TimeUnit.MINUTES);
        } finally {
            feeder.shutdownNow();
            System.out.println("[faults] SIGKILL flow: " + timeline + "; retried requests: " + user.retryReasons());
        }

        long items = demoTitles + catalogItems;
        awaitStatus("every item embedded, in the graph and every rating applied",
                s -> s.itemsKnown() == items && s.itemsEmbedded() == items && s.itemsInGraph() == items
                        && s.ratingsProcessed() == plan.rows());
        assertEveryProfileHoldsExactly(plan);
        // Nothing good was dead-lettered because of the kills.
        for (String topic : consumedTopics()) {
            assertThat(KafkaInspector.records(system.bootstrapServers(), Topics.deadLetter(topic)))
                    .as("records in %s", Topics.deadLetter(topic)).isZero();
        }
        assertRecommendable(plan.profiles().get(0), plan.expected(plan.profiles().get(0)).keySet());
        // No late duplicate: the count stays at the number of distinct rating events.
        PersistentUser.sleep(Duration.ofSeconds(5));
        assertThat(status().ratingsProcessed()).isEqualTo(plan.rows());
    }

    @Test
    @Order(2)
    void servicesReconnectByThemselvesAfterABrokerRestartAndNothingIsLost() throws Exception {
        loadDemoLibrary();
        awaitStatus("the demo library known and embedded",
                s -> s.itemsKnown() >= demoTitles && everyItemEmbeddedAndInTheGraph(s));
        SystemStatus before = status();
        RatingPlan plan = RatingPlan.of("broker-restart", 10, 100, demoMovies);
        PersistentUser user = new PersistentUser(system.url("scanner-service"), SETTLE);
        ExecutorService feeder = Executors.newSingleThreadExecutor();
        try {
            Future<?> feeding = feeder.submit(() -> {
                user.importCatalog(2_000, 2_300, 50);
                user.importRatings(plan);
            });
            await("the flow under way").atMost(SETTLE).pollInterval(Duration.ofMillis(20))
                    .until(() -> user.requestsDone() >= 2);
            long started = System.nanoTime();
            system.restartBroker();
            System.out.printf("[faults] broker restarted in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            feeding.get(SETTLE.toMinutes(), TimeUnit.MINUTES);
        } finally {
            feeder.shutdownNow();
            System.out.println("[faults] broker restart: retried requests: " + user.retryReasons());
        }

        // Readiness reflects each Kafka channel: every service is back without being restarted itself.
        system.awaitReady(RESTART);
        awaitStatus("the 300 items and 1,000 ratings sent around the restart",
                s -> s.itemsKnown() == before.itemsKnown() + 300 && everyItemEmbeddedAndInTheGraph(s)
                        && s.ratingsProcessed() == before.ratingsProcessed() + plan.rows());
        assertEveryProfileHoldsExactly(plan);
        assertRecommendable(plan.profiles().get(0), plan.expected(plan.profiles().get(0)).keySet());
    }

    @Test
    @Order(3)
    void recommendationsAreServedWhileEmbeddingAndGraphAreDownAndTheirBacklogIsWorkedOffAfterwards() {
        SystemStatus before = status();
        String profile = "faults-01";
        system.stop("embedding-service");
        system.stop("graph-service");

        new PersistentUser(system.url("scanner-service"), SETTLE).importCatalog(2_300, 2_400, 100);
        awaitStatus("the new items known", s -> s.itemsKnown() == before.itemsKnown() + 100);
        SystemStatus meanwhile = status();
        assertThat(meanwhile.itemsEmbedded()).as("embedded while embedding-service is down")
                .isEqualTo(before.itemsEmbedded());
        assertThat(meanwhile.itemsInGraph()).as("in the graph while graph-service is down")
                .isEqualTo(before.itemsInGraph());

        assertRecommendable(profile, RatingPlan.of("faults", 50, 100, demoMovies).expected(profile).keySet());
        assertThat(Http.get(system.url(RECOMMENDER) + "/q/health/ready").status())
                .as("the recommender stays ready: it serves from what it knows").isEqualTo(200);
        await("health says embedding and graph are down").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                    JsonNode dependencies = dependencies();
                    assertThat(dependencies.get("embedding-service").asText()).isEqualTo("down");
                    assertThat(dependencies.get("graph-service").asText()).isEqualTo("down");
                    assertThat(dependencies.get("itemsWithoutVectors").asLong()).isGreaterThanOrEqualTo(100);
                });
        assertThat(Http.get(system.url(RECOMMENDER) + "/api/status").json().path("dependencies").path("embedding-service")
                .asText()).as("/api/status names the missing dependency too").isEqualTo("down");

        system.restart(RESTART, "embedding-service", "graph-service");
        awaitStatus("the backlog embedded and put in the graph", FaultsIT::everyItemEmbeddedAndInTheGraph);
        await("dependencies up again").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    JsonNode dependencies = dependencies();
                    assertThat(dependencies.get("embedding-service").asText()).isEqualTo("up");
                    assertThat(dependencies.get("graph-service").asText()).isEqualTo("up");
                    assertThat(dependencies.get("itemsWithoutVectors").asLong()).isZero();
                });
    }

    @Test
    @Order(4)
    void aMalformedAndAnUnknownVersionEventOnEachConsumedTopicAreDeadLetteredAndTheNextEventIsHandled() {
        SystemStatus before = status();
        int itemNumber = 5_000;
        String mediaId = SyntheticCatalog.mediaId(itemNumber);
        String profile = "dead-letter-check";
        TopicClient topics = system.topics();
        long graphVectorsBefore = graphTextVectors();

        Map<String, String> keys = new LinkedHashMap<>();
        for (String topic : consumedTopics()) {
            keys.put(topic, Topics.RATINGS.equals(topic) ? profile : mediaId);
        }
        Map<String, List<String>> badPayloads = new LinkedHashMap<>();
        Map<String, String> unknownVersions = new HashMap<>();
        keys.forEach((topic, key) -> {
            String malformed = "{\"eventType\":\"" + topic + "\",\"eventId\":\"" + UUID.randomUUID() + "\", not json";
            String unknownVersion = futureVersion(topic, mediaId, profile);
            topics.send(topic, key, malformed);
            topics.send(topic, key, unknownVersion);
            badPayloads.put(topic, List.of(malformed, unknownVersion));
            unknownVersions.put(topic, unknownVersion);
        });

        // The next events after the bad ones, in the same partitions (same keys): one item through the scanner
        // (media-items, then media-embeddings and graph-triples from the services), a rating and a graph vector.
        new PersistentUser(system.url("scanner-service"), SETTLE).importCatalog(itemNumber, itemNumber + 1, 1);
        topics.send(Topics.RATINGS, profile, EventCodec.encode(
                RatingGivenEvent.of(profile, mediaId, 8, RatingSource.API)));
        RecordMetadata graphVector = topics.publish(Topics.GRAPH_EMBEDDINGS, mediaId, EventCodec.encode(
                GraphEmbeddedEvent.of(mediaId, "dead-letter-check", Instant.parse("2001-01-01T00:00:00Z"),
                        unitVector(64))));

        Map<String, Integer> consumers = Map.of(Topics.MEDIA_ITEMS, 3, Topics.MEDIA_EMBEDDINGS, 2,
                Topics.GRAPH_TRIPLES, 1, Topics.GRAPH_EMBEDDINGS, 1, Topics.RATINGS, 1);
        badPayloads.forEach((topic, payloads) -> {
            int expected = payloads.size() * consumers.get(topic);
            var deadLetters = topics.read(Topics.deadLetter(topic), expected, Duration.ofMinutes(1));
            for (String payload : payloads) {
                var ofPayload = deadLetters.stream().filter(r -> payload.equals(r.value())).toList();
                assertThat(ofPayload).as("dead letters of %s on %s (one per consumer)", payload, topic)
                        .hasSize(consumers.get(topic));
                assertThat(ofPayload).allSatisfy(r -> {
                    assertThat(r.key()).isEqualTo(keys.get(topic));
                    assertThat(TopicClient.header(r, "dead-letter-topic")).isEqualTo(topic);
                    String reason = TopicClient.header(r, DeadLetterHeaders.REASON);
                    assertThat(reason).as("reason of %s", payload).isNotBlank();
                    if (payload.equals(unknownVersions.get(topic))) {
                        assertThat(reason).contains("unsupported schemaVersion 99");
                    }
                });
            }
        });

        awaitStatus("the item and the rating after the bad events handled",
                s -> s.itemsKnown() == before.itemsKnown() + 1 && everyItemEmbeddedAndInTheGraph(s)
                        && s.ratingsProcessed() == before.ratingsProcessed() + 1);
        assertThat(ratingsOf(profile)).containsExactly(Map.entry(mediaId, 8));
        await("graph-service read the text vector after the bad ones").atMost(Duration.ofMinutes(1))
                .until(() -> graphTextVectors() == graphVectorsBefore + 1);
        TopicPartition partition = new TopicPartition(Topics.GRAPH_EMBEDDINGS, graphVector.partition());
        await("the recommender consumed the graph vector after the bad ones").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> KafkaInspector.committed(system.bootstrapServers(),
                        "recommender-service." + Topics.GRAPH_EMBEDDINGS, partition).orElse(-1) > graphVector.offset());
        system.awaitReady(Duration.ofSeconds(30));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private void killAndRestart(String service, Timeline timeline, BooleanSupplier midFlow) {
        boolean pending = midFlow.getAsBoolean();
        long pid = system.service(service).pid();
        long started = System.nanoTime();
        system.kill(service);
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as(service + " is dead").isFalse();
        system.restart(service, RESTART);
        timeline.note("SIGKILL %s (pid %d, work pending: %s), ready again after %d ms", service, pid, pending,
                (System.nanoTime() - started) / 1_000_000);
        assertThat(pending).as("%s was killed while work was still flowing", service).isTrue();
    }

    /** The titles the rating exports name; loading them again (when another method did) publishes nothing. */
    private static void loadDemoLibrary() {
        String scanner = system.url("scanner-service");
        var scan = Http.post(scanner + "/api/demo-library", "application/json", "");
        assertThat(scan.status()).as(scan.body()).isEqualTo(202);
        String scanId = scan.json().get("id").asText();
        await("the demo library scanned").atMost(SETTLE).pollInterval(Duration.ofSeconds(1))
                .until(() -> Http.get(scanner + "/api/scans/" + scanId).json().get("state").asText(),
                        "completed"::equals);
    }

    private static SystemStatus status() {
        return SystemStatus.of(system.url(RECOMMENDER));
    }

    private static void awaitStatus(String what, Predicate<SystemStatus> condition) {
        await(what).atMost(SETTLE).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .untilAsserted(() -> {
                    SystemStatus status = status();
                    assertThat(condition.test(status)).as(what + ": " + status).isTrue();
                });
    }

    private static boolean everyItemEmbeddedAndInTheGraph(SystemStatus status) {
        return status.itemsEmbedded() == status.itemsKnown() && status.itemsInGraph() == status.itemsKnown();
    }

    private static void assertEveryProfileHoldsExactly(RatingPlan plan) {
        for (String profile : plan.profiles()) {
            assertThat(ratingsOf(profile)).as("ratings of " + profile).isEqualTo(plan.expected(profile));
        }
    }

    /** The profile's ratings as the recommender lists them; a duplicate row fails here. */
    private static Map<String, Integer> ratingsOf(String profile) {
        Map<String, Integer> ratings = new HashMap<>();
        for (JsonNode rating : Http.get(system.url(RECOMMENDER) + "/api/profiles/" + profile + "/ratings").json()) {
            Integer earlier = ratings.put(rating.get("mediaId").asText(), rating.get("rating").asInt());
            assertThat(earlier).as("a second row for %s of %s", rating.get("mediaId"), profile).isNull();
        }
        return ratings;
    }

    /** Recommendations come from the API and through the UI's tab, and never repeat a rated title. */
    private static void assertRecommendable(String profile, Set<String> rated) {
        var response = Http.get(system.url(RECOMMENDER) + "/api/profiles/" + profile
                + "/recommendations?type=movie&limit=20");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> recommended = new ArrayList<>();
        response.json().forEach(r -> recommended.add(r.get("mediaId").asText()));
        assertThat(recommended).isNotEmpty().doesNotContainAnyElementsOf(rated);
        var tab = Http.get(system.url("ui-service") + "/tabs/movie?profile=" + profile);
        assertThat(tab.status()).as(tab.body()).isEqualTo(200);
        assertThat(tab.body()).contains("data-media-id=\"movie:");
    }

    /** The data of the recommender's {@code dependencies} readiness check. */
    private static JsonNode dependencies() {
        JsonNode health = Http.get(system.url(RECOMMENDER) + "/q/health/ready").json();
        for (JsonNode check : health.path("checks")) {
            if ("dependencies".equals(check.path("name").asText())) {
                assertThat(check.path("status").asText()).as("the check stays UP: recommendations are served")
                        .isEqualTo("UP");
                return check.path("data");
            }
        }
        throw new AssertionError("no 'dependencies' check in the recommender's readiness: " + health);
    }

    private static long graphTextVectors() {
        return Http.get(system.url("graph-service") + "/api/status").json().get("textVectors").asLong();
    }

    private static List<String> consumedTopics() {
        return List.of(Topics.MEDIA_ITEMS, Topics.MEDIA_EMBEDDINGS, Topics.GRAPH_TRIPLES, Topics.GRAPH_EMBEDDINGS,
                Topics.RATINGS);
    }

    /**
     * A well-formed event of the topic's type with a schema version newer than any reader knows: a real event read
     * from the topic (or made by the events module's factory) with only its id and version changed, so the version
     * is the one thing wrong with it.
     */
    private static String futureVersion(String topic, String mediaId, String profile) {
        String current = switch (topic) {
            case Topics.MEDIA_ITEMS, Topics.MEDIA_EMBEDDINGS, Topics.GRAPH_TRIPLES ->
                    system.topics().read(topic, 1, Duration.ofSeconds(30)).get(0).value();
            case Topics.GRAPH_EMBEDDINGS -> EventCodec.encode(
                    GraphEmbeddedEvent.of(mediaId, "future-model", Instant.now(), unitVector(64)));
            case Topics.RATINGS -> EventCodec.encode(RatingGivenEvent.of(profile, mediaId, 3, RatingSource.API));
            default -> throw new IllegalArgumentException(topic);
        };
        try {
            ObjectNode event = (ObjectNode) EventCodec.mapper().readTree(current);
            event.put("eventId", UUID.randomUUID().toString());
            event.put("schemaVersion", 99);
            return event.toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static float[] unitVector(int dimension) {
        float[] vector = new float[dimension];
        vector[0] = 1f;
        return vector;
    }

    /** What happened when, printed with the test's output, so a failure shows where in the flow each fault landed. */
    private static final class Timeline {
        private final long start = System.nanoTime();
        private final List<String> events = Collections.synchronizedList(new ArrayList<>());

        void note(String format, Object... args) {
            events.add(String.format("+%ds %s", (System.nanoTime() - start) / 1_000_000_000, String.format(format, args)));
        }

        @Override
        public String toString() {
            return String.join("; ", events);
        }
    }
}
