package io.plexrecommend.system;

import static org.awaitility.Awaitility.await;

import io.plexrecommend.broker.KafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The whole system as a user with a Plex server runs it, for the hostile-input and secret tests: a real broker, the
 * five packaged services, and scanner-service configured through the environment with a Plex token and TMDB/TVDB
 * keys pointing at {@link FakeUpstream}s (Plex, the TMDB/TVDB API host and TMDB's image host, one each, so each
 * records what it was asked). Started once per test run and shared by the Hostile and Secret test classes (the
 * JUnit root store closes it when the run ends), because starting five JVMs is most of these tests' time.
 */
final class HostileSystem implements AutoCloseable {

    static final String UI_PASSWORD = "uiPass-Wd8Lm2Qc7N";

    final Path dataDir;
    final KafkaBroker broker;
    final FakeUpstream plex = FakeUpstream.start();
    final FakeUpstream metadata = FakeUpstream.start();
    final FakeUpstream images = FakeUpstream.start();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final List<ServiceProcess> extra = new ArrayList<>();
    private final Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();

    private HostileSystem(Path dataDir, KafkaBroker broker) {
        this.dataDir = dataDir;
        this.broker = broker;
    }

    /**
     * Gives a test's {@code HostileSystem} parameter the run's system, started by the first test class that asks.
     * The root store closes it (it is {@link AutoCloseable}) when the whole run ends.
     */
    static final class Shared implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == HostileSystem.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(HostileSystem.class, key -> start(), HostileSystem.class);
        }
    }

    private static HostileSystem start() {
        try {
            Path dataDir = Files.createTempDirectory("plex-recommend-hostile");
            Path logs = Files.createDirectories(dataDir.resolve("logs"));
            HostileSystem system = new HostileSystem(dataDir, KafkaBroker.start(dataDir.resolve("kafka"), "127.0.0.1", 0, 3));
            try {
                Map<String, String> env = Map.of("KAFKA_BOOTSTRAP_SERVERS", system.broker.bootstrapServers(),
                        "PLEX_RECOMMEND_DATA_DIR", dataDir.toString());
                Map<String, String> scannerEnv = new LinkedHashMap<>(env);
                scannerEnv.putAll(system.scannerSettings());
                scannerEnv.put("SCANNER_TMDB_BASE_URL", system.metadata.url() + "/3");
                scannerEnv.put("SCANNER_TVDB_BASE_URL", system.metadata.url() + "/v4");
                scannerEnv.put("SCANNER_TMDB_IMAGE_BASE_URL", system.images.url() + "/t/p");
                scannerEnv.put("SCANNER_SCAN_SCHEDULE", "off");
                // One after the other: on a busy 2-core CI machine five JVMs starting at once starve each other
                // (the recommender's database pool then gives up at start).
                system.startAndAwait(ServiceProcess.start(system.root, "scanner-service", "192m", scannerEnv, logs));
                system.startAndAwait(ServiceProcess.start(system.root, "embedding-service", "512m", env, logs));
                system.startAndAwait(ServiceProcess.start(system.root, "graph-service", "256m", env, logs));
                // As in RunningSystem: the recommender calls graph and embedding on their test ports.
                Map<String, String> recommenderEnv = new LinkedHashMap<>(env);
                recommenderEnv.put("GRAPH_SERVICE_URL", system.url("graph-service"));
                recommenderEnv.put("EMBEDDING_SERVICE_URL", system.url("embedding-service"));
                // Recommendation lists (PlexPlaylistIT): a second's quiet after a rating instead of 30 s, and every
                // profile's list again every 20 s, so a list that went out before every title was known is redone.
                recommenderEnv.put("RECOMMENDER_LISTS_DEBOUNCE", "1s");
                recommenderEnv.put("RECOMMENDER_LISTS_CHECK", "1s");
                recommenderEnv.put("RECOMMENDER_LISTS_EVERY", "20s");
                system.startAndAwait(ServiceProcess.start(system.root, "recommender-service", "256m", recommenderEnv,
                        logs));
                system.startAndAwait(ServiceProcess.start(system.root, "ui-service", "128m", system.uiEnv(env), logs));
            } catch (RuntimeException | Error notStarted) {
                system.close();
                throw notStarted;
            }
            return system;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The connection settings as the environment gives them (PLEX_URL, PLEX_TOKEN, TMDB_API_KEY, …). */
    Map<String, String> scannerSettings() {
        return Map.of("PLEX_URL", plex.url(), "PLEX_TOKEN", FakeUpstream.PLEX_TOKEN,
                "TMDB_API_KEY", FakeUpstream.TMDB_KEY, "TVDB_API_KEY", FakeUpstream.TVDB_KEY,
                "TVDB_PIN", FakeUpstream.TVDB_PIN);
    }

    private Map<String, String> uiEnv(Map<String, String> env) {
        Map<String, String> uiEnv = new LinkedHashMap<>(env);
        uiEnv.put("UI_RECOMMENDER_URL", url("recommender-service"));
        uiEnv.put("UI_SCANNER_URL", url("scanner-service"));
        return uiEnv;
    }

    /**
     * A second ui-service in front of the same services, with {@code UI_PASSWORD} set. Its log folder is inside the
     * data folder too, so the secret scan reads it.
     */
    ServiceProcess startLockedUi() {
        try {
            Path own = Files.createDirectories(dataDir.resolve("ui-locked"));
            Path logs = Files.createDirectories(own.resolve("logs"));
            Map<String, String> env = uiEnv(Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                    "PLEX_RECOMMEND_DATA_DIR", own.toString()));
            env.put("UI_PASSWORD", UI_PASSWORD);
            ServiceProcess ui = ServiceProcess.start(root, "ui-service", "128m", env, logs);
            extra.add(ui);
            awaitReady(List.of(ui), Duration.ofMinutes(1));
            return ui;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startAndAwait(ServiceProcess service) {
        services.put(service.name, service);
        awaitReady(List.of(service), Duration.ofMinutes(3));
    }

    Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        services.forEach((name, service) -> urls.put(name, service.url()));
        return urls;
    }

    String url(String service) {
        return services.get(service).url();
    }

    /** Every service still answers ready (and so is still running: {@link ServiceProcess#isReady} fails if not). */
    void awaitReady(Duration timeout) {
        awaitReady(List.copyOf(services.values()), timeout);
    }

    private void awaitReady(List<ServiceProcess> which, Duration timeout) {
        for (ServiceProcess service : which) {
            await(service.name + " ready").atMost(timeout).pollInterval(Duration.ofMillis(500)).until(service::isReady);
        }
    }

    /** Scans the fake Plex's libraries (again: unchanged items are skipped) and waits for the scan's end. */
    synchronized JsonNodeView scanPlex() {
        Http.Response started = Http.post(url("scanner-service") + "/api/scans", "application/json", "{}");
        if (started.status() != 202) {
            throw new AssertionError("scan not started: " + started.status() + " " + started.body());
        }
        String id = started.json().path("id").asText();
        return new JsonNodeView(await("Plex scan " + id).atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(300))
                .until(() -> Http.get(url("scanner-service") + "/api/scans/" + id),
                        scan -> List.of("completed", "failed", "cancelled").contains(scan.json().path("state").asText()))
                .body());
    }

    /** A scan's final JSON, as text and as a tree. */
    record JsonNodeView(String text) {
        com.fasterxml.jackson.databind.JsonNode json() {
            return new Http.Response(200, text, null).json();
        }
    }

    /** Waits until the recommender knows the item (it went through every stage before it). */
    void awaitRecommendable(String mediaId, Duration timeout) {
        await(mediaId + " recommendable").atMost(timeout).pollInterval(Duration.ofMillis(500))
                .until(() -> Http.get(url("recommender-service") + "/api/items/" + mediaId).status() == 200);
    }

    /** Until graph-service itself answers the item's triples (the recommender learns of them from a topic). */
    void awaitInGraph(String mediaId, Duration timeout) {
        await(mediaId + " in graph-service").atMost(timeout).pollInterval(Duration.ofMillis(500))
                .until(() -> Http.get(url("graph-service") + "/api/items/" + mediaId + "/triples").status() == 200);
    }

    String output(String service) {
        return services.get(service).tail();
    }

    @Override
    public void close() {
        extra.forEach(ServiceProcess::close);
        services.values().forEach(ServiceProcess::close);
        broker.close();
        plex.close();
        metadata.close();
        images.close();
    }
}
