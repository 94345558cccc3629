package io.plexrecommend.recommender;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts each test JVM on an empty database, as the broker it talks to is new too: otherwise a file left by the
 * previous build would hold items the fresh topics never carried.
 */
public class FreshDatabaseTestResource implements QuarkusTestResourceLifecycleManager {

    private static boolean wiped;

    @Override
    public synchronized Map<String, String> start() {
        if (!wiped) {
            Path dir = Path.of("target", "test-data", "recommender");
            if (Files.exists(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(FreshDatabaseTestResource::delete);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            wiped = true;
        }
        return Map.of();
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }
}
