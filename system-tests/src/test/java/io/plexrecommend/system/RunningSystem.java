package io.plexrecommend.system;

import static org.awaitility.Awaitility.await;

import io.plexrecommend.broker.KafkaBroker;
import io.plexrecommend.broker.TopicClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole system as a user runs it: a real broker and the five packaged services as separate processes sharing
 * one data folder. Each service gets a free port; ui-service is pointed at the others.
 */
final class RunningSystem implements AutoCloseable {

    final Path dataDir;
    final KafkaBroker broker;
    final TopicClient topics;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    private RunningSystem(Path dataDir, KafkaBroker broker) {
        this.dataDir = dataDir;
        this.broker = broker;
        this.topics = new TopicClient(broker.bootstrapServers());
    }

    static RunningSystem start() {
        Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
        try {
            Path dataDir = Files.createTempDirectory("plex-recommend-system");
            Path logs = Files.createDirectories(dataDir.resolve("logs"));
            RunningSystem system = new RunningSystem(dataDir, KafkaBroker.start(dataDir.resolve("kafka"),
                    "127.0.0.1", 0, 3));
            try {
                Map<String, String> env = Map.of("KAFKA_BOOTSTRAP_SERVERS", system.broker.bootstrapServers(),
                        "PLEX_RECOMMEND_DATA_DIR", dataDir.toString());
                system.add(ServiceProcess.start(root, "scanner-service", "192m", env, logs));
                system.add(ServiceProcess.start(root, "embedding-service", "512m", env, logs));
                system.add(ServiceProcess.start(root, "graph-service", "256m", env, logs));
                system.add(ServiceProcess.start(root, "recommender-service", "256m", env, logs));
                Map<String, String> uiEnv = new LinkedHashMap<>(env);
                uiEnv.put("UI_RECOMMENDER_URL", system.url("recommender-service"));
                uiEnv.put("UI_SCANNER_URL", system.url("scanner-service"));
                system.add(ServiceProcess.start(root, "ui-service", "128m", uiEnv, logs));
                system.awaitReady(Duration.ofMinutes(3));
            } catch (RuntimeException | Error notStarted) {
                // @AfterAll never sees a system that failed to start: stop what did start, or it outlives the build.
                system.close();
                throw notStarted;
            }
            return system;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(ServiceProcess service) {
        services.put(service.name, service);
    }

    String url(String service) {
        return services.get(service).url();
    }

    void awaitReady(Duration timeout) {
        for (ServiceProcess service : services.values()) {
            await(service.name + " ready").atMost(timeout).pollInterval(Duration.ofMillis(500))
                    .until(service::isReady);
        }
    }

    String output(String service) {
        return services.get(service).tail();
    }

    @Override
    public void close() {
        services.values().forEach(ServiceProcess::close);
        broker.close();
    }
}
