package io.plexrecommend.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node Kafka broker in KRaft combined mode (broker and controller in one), run from Kafka's own classes. Its
 * storage is formatted on first start and reused afterwards, so a restart keeps every topic and offset.
 */
public final class KafkaBroker implements AutoCloseable {

    private final KafkaRaftServer server;
    private final int port;
    private final Path dataDir;
    private final String host;
    private final int controllerPort;
    private final int partitions;
    private boolean stopped;

    private KafkaBroker(KafkaRaftServer server, int port, Path dataDir, String host, int controllerPort,
            int partitions) {
        this.server = server;
        this.port = port;
        this.dataDir = dataDir;
        this.host = host;
        this.controllerPort = controllerPort;
        this.partitions = partitions;
    }

    /**
     * Formats {@code dataDir} if needed and starts the broker on {@code host:port} (port 0 picks a free one).
     * Returns once the broker accepts connections and the project's topics exist.
     */
    public static KafkaBroker start(Path dataDir, String host, int port, int partitions) {
        return start(dataDir, host, port == 0 ? freePort() : port, freePort(), partitions);
    }

    private static KafkaBroker start(Path dataDir, String host, int brokerPort, int controllerPort, int partitions) {
        Properties props = config(dataDir, host, brokerPort, controllerPort, partitions);
        formatOnce(dataDir, props);
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        server.startup();
        KafkaBroker broker = new KafkaBroker(server, brokerPort, dataDir, host, controllerPort, partitions);
        TopicSetup.ensureTopics(broker.bootstrapServers(), partitions);
        return broker;
    }

    /**
     * Stops this broker (if it still runs) and starts it again on the same ports with the same log directory, as an
     * operator restarting it would: clients configured with {@link #bootstrapServers()} reconnect to the new one.
     * Returns the running broker; this instance stays stopped.
     */
    public KafkaBroker restart() {
        close();
        return start(dataDir, host, port, controllerPort, partitions);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public void awaitShutdown() {
        server.awaitShutdown();
    }

    /** Stops the broker cleanly; closing it again does nothing. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        server.shutdown();
        server.awaitShutdown();
    }

    private static Properties config(Path dataDir, String host, int brokerPort, int controllerPort, int partitions) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + host + ":" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + advertised(host) + ":" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDir.toAbsolutePath().toString());
        p.put("num.partitions", Integer.toString(partitions));
        // One node: every internal topic has exactly one replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
        return p;
    }

    private static String advertised(String host) {
        return "0.0.0.0".equals(host) ? "127.0.0.1" : host;
    }

    private static void formatOnce(Path dataDir, Properties props) {
        try {
            Files.createDirectories(dataDir);
            if (Files.exists(dataDir.resolve("meta.properties"))) {
                return;
            }
            Path file = dataDir.resolve("server.properties");
            try (var out = Files.newOutputStream(file)) {
                props.store(out, "written by plex-recommend kafka-broker; the broker is configured in code");
            }
            var output = new ByteArrayOutputStream();
            int status = StorageTool.execute(new String[] { "format", "--cluster-id", Uuid.randomUuid().toString(),
                    "--config", file.toString(), "--ignore-formatted" },
                    new PrintStream(output, true, StandardCharsets.UTF_8));
            if (status != 0) {
                throw new IllegalStateException("formatting Kafka storage in " + dataDir + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
