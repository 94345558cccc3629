package io.plexrecommend.broker;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real Kafka broker:
 * {@code @QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = false)}.
 * One broker per test JVM, started on first use and stopped when the JVM exits, so every test class of a service
 * shares it (Quarkus may restart the application between classes; the broker stays).
 */
public class KafkaBrokerTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;

    /** The shared broker, started on first call; tests that talk to Kafka directly use its address. */
    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            try {
                broker = KafkaBroker.start(Files.createTempDirectory("kafka-test"), "127.0.0.1", 0, 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-test-broker-shutdown"));
        }
        return broker;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", broker().bootstrapServers(),
                "quarkus.kafka.devservices.enabled", "false");
    }

    @Override
    public void stop() {
        // The broker outlives one application start; the shutdown hook stops it with the JVM.
    }
}
