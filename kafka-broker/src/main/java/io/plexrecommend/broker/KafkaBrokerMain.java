package io.plexrecommend.broker;

import java.nio.file.Path;

/**
 * The broker as a process, for the local run: {@code KafkaBrokerMain <data dir> [port] [host]}. Stops cleanly on
 * SIGTERM/Ctrl-C, so the next start does not have to recover its logs.
 */
public final class KafkaBrokerMain {

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: KafkaBrokerMain <data dir> [port (default 9092)] [host (default 127.0.0.1)]");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]);
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 9092;
        String host = args.length > 2 ? args[2] : "127.0.0.1";
        KafkaBroker broker = KafkaBroker.start(dataDir, host, port, 3);
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-broker-shutdown"));
        System.out.println("Kafka broker ready on " + broker.bootstrapServers() + ", data in " + dataDir);
        broker.awaitShutdown();
    }

    private KafkaBrokerMain() {
    }
}
