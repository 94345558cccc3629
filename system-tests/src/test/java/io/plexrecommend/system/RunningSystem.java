package io.plexrecommend.system;

import static org.awaitility.Awaitility.await;

import io.plexrecommend.broker.KafkaBroker;
import io.plexrecommend.broker.TopicClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system as a user runs it: a real broker and the five packaged services as separate processes sharing
 * one data folder. Each service gets a free port; ui-service is pointed at the others. Services can be killed,
 * stopped and started again on their port, and the broker restarted on its address, to test what survives.
 */
public final class RunningSystem implements AutoCloseable {

    final Path dataDir;
    /** The running broker; replaced by {@link #restartBroker()} (same address, same log directory). */
    volatile KafkaBroker broker;
    final TopicClient topics;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    private RunningSystem(Path dataDir, KafkaBroker broker) {
        this.dataDir = dataDir;
        this.broker = broker;
        this.topics = new TopicClient(broker.bootstrapServers());
    }

    public static RunningSystem start() {
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
                // The recommender calls graph-service (explanations, rebuild) and embedding-service (reset, health)
                // on their ports, not on the defaults.
                Map<String, String> recommenderEnv = new LinkedHashMap<>(env);
                recommenderEnv.put("GRAPH_SERVICE_URL", system.url("graph-service"));
                recommenderEnv.put("EMBEDDING_SERVICE_URL", system.url("embedding-service"));
                system.add(ServiceProcess.start(root, "recommender-service", "256m", recommenderEnv, logs));
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

    public String url(String service) {
        return services.get(service).url();
    }

    public void awaitReady(Duration timeout) {
        for (ServiceProcess service : services.values()) {
            await(service.name + " ready").atMost(timeout).pollInterval(Duration.ofMillis(500))
                    .until(service::isReady);
        }
    }

    public String output(String service) {
        return services.get(service).tail();
    }

    public TopicClient topics() {
        return topics;
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public Path dataDir() {
        return dataDir;
    }

    public ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("no service " + name + "; there are " + services.keySet());
        }
        return service;
    }

    /** SIGKILL: the process gets no chance to flush, commit or close anything. */
    public void kill(String name) {
        service(name).kill();
    }

    /** SIGTERM and wait, as {@code docker stop} or Ctrl-C would. */
    public void stop(String name) {
        service(name).close();
    }

    /**
     * Starts killed or stopped services again on their ports and data folders, all at once, and waits until each is
     * ready.
     */
    public void restart(Duration timeout, String... names) {
        List<ServiceProcess> started = new ArrayList<>();
        for (String name : names) {
            ServiceProcess again = service(name).restarted();
            services.put(name, again);
            started.add(again);
        }
        for (ServiceProcess again : started) {
            await(again.name + " ready again").atMost(timeout).pollInterval(Duration.ofMillis(500))
                    .until(again::isReady);
        }
    }

    /** Starts a killed or stopped service again on its port and data folder and waits until it is ready. */
    public void restart(String name, Duration timeout) {
        restart(timeout, name);
    }

    /** Stops the broker cleanly and starts it again on the same address and log directory. */
    public void restartBroker() {
        broker = broker.restart();
    }

    @Override
    public void close() {
        services.values().forEach(ServiceProcess::close);
        broker.close();
    }
}
