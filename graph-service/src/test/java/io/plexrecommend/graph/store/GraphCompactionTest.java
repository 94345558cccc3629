package io.plexrecommend.graph.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.events.MediaItem;
import io.plexrecommend.graph.TestItems;
import io.plexrecommend.graph.mapping.MediaGraphMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compaction of a real TDB2 database on disk. */
class GraphCompactionTest {

    private static final int CAST = 300;

    @TempDir
    Path dir;

    private final MediaGraphMapper mapper = TestItems.mapper(CAST, 30);
    private GraphStore store;

    @BeforeEach
    void open() {
        store = GraphStore.open(dir.resolve("tdb2"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A version of the item whose cast, genres and year all differ from every other version. */
    private static MediaItem version(int item, int version) {
        return version(item, version, CAST);
    }

    private static MediaItem version(int item, int version, int cast) {
        return TestItems.movie("movie:tmdb:" + (100 + item))
                .year(1950 + version)
                .genres(List.of("Genre v" + version))
                .cast(IntStream.range(0, cast).mapToObj(c -> "Actor " + item + "-" + c + " v" + version).toList())
                .build();
    }

    private void put(GraphStore target, MediaItem item) {
        target.replace(item.mediaId(), mapper.toModel(item));
    }

    private Model stored(String mediaId) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(store.find(mediaId).orElseThrow().nTriples()))
                .lang(Lang.NTRIPLES).parse(model);
        return model;
    }

    private List<String> generations() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("tdb2"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    @Test
    void compactionReclaimsReplacedDataAndKeepsEveryItemsCurrentFacts() throws IOException {
        int items = 5;
        int versions = 8;
        for (int v = 0; v < versions; v++) {
            for (int i = 0; i < items; i++) {
                put(store, version(i, v));
            }
        }
        long grown = store.diskBytes();
        long fresh;
        try (GraphStore reference = GraphStore.open(dir.resolve("fresh"))) {
            IntStream.range(0, items).forEach(i -> put(reference, version(i, versions - 1)));
            fresh = reference.diskBytes();
        }
        assertThat(grown).as("rewrites grow the database beyond a fresh one with the same facts").isGreaterThan(fresh);
        assertThat(store.writesSinceCompaction()).isEqualTo((long) items * versions);

        CompactionResult result = store.compact().orElseThrow();

        assertThat(result.bytesBefore()).isEqualTo(grown);
        assertThat(store.diskBytes()).isEqualTo(result.bytesAfter()).isLessThan(grown).isLessThanOrEqualTo(fresh);
        assertThat(generations()).containsExactly("Data-0002");
        assertThat(store.compactions()).isEqualTo(1);
        assertThat(store.writesSinceCompaction()).isZero();
        assertThat(store.status().items()).isEqualTo(items);
        for (int i = 0; i < items; i++) {
            MediaItem current = version(i, versions - 1);
            assertThat(stored(current.mediaId()).isIsomorphicWith(mapper.toModel(current))).isTrue();
            assertThat(store.find(current.mediaId()).orElseThrow().nTriples())
                    .doesNotContain(" v0").doesNotContain(" v" + (versions - 2)).doesNotContain("\"1950\"");
        }

        store.close();
        store = GraphStore.open(dir.resolve("tdb2"));
        MediaItem first = version(0, versions - 1);
        assertThat(stored(first.mediaId()).isIsomorphicWith(mapper.toModel(first)))
                .as("the compacted generation is what a restart opens").isTrue();
    }

    @Test
    void aLargerStoreWaitsForHalfItsItemsBeforeTheNextCompaction() {
        GraphCompactor compactor = new GraphCompactor(store, 3, Duration.ZERO);
        for (int item = 0; item < 12; item++) {
            put(store, version(item, 0, 2));
        }
        assertThat(compactor.afterWrite()).isPresent();

        for (int item = 0; item < 5; item++) {
            put(store, version(item, 1, 2));
        }
        assertThat(compactor.afterWrite()).as("5 changes, 12 items stored: below half of them").isEmpty();
        put(store, version(5, 1, 2));
        assertThat(compactor.afterWrite()).as("6 of 12").isPresent();
        assertThat(store.compactions()).isEqualTo(2);
    }

    @Test
    void compactsAfterTheConfiguredNumberOfChangingWrites() {
        GraphCompactor compactor = new GraphCompactor(store, 3, Duration.ZERO);

        put(store, version(1, 0));
        put(store, version(1, 0));
        put(store, version(2, 0));
        assertThat(compactor.afterWrite()).isEmpty();
        assertThat(store.writesSinceCompaction()).as("an unchanged rewrite is no write").isEqualTo(2);

        put(store, version(3, 0));
        assertThat(compactor.afterWrite()).isPresent();
        assertThat(store.compactions()).isEqualTo(1);
        assertThat(store.writesSinceCompaction()).isZero();

        store.remove(version(1, 0).mediaId());
        store.remove(version(1, 0).mediaId());
        put(store, version(2, 1));
        assertThat(compactor.afterWrite()).isEmpty();
        put(store, version(3, 1));
        assertThat(compactor.afterWrite()).isPresent();
        assertThat(store.compactions()).isEqualTo(2);
        assertThat(store.find(version(1, 0).mediaId())).isEmpty();
        assertThat(store.status().items()).isEqualTo(2);
    }

    @Test
    void compactsPendingWritesOnceTheyStoppedForTheIdlePeriod() {
        AtomicLong nanos = new AtomicLong();
        GraphCompactor compactor = new GraphCompactor(store, 0, Duration.ofMinutes(5), nanos::get);
        assertThat(compactor.whenIdle()).as("nothing written").isEmpty();

        put(store, version(1, 0));
        put(store, version(1, 1));
        assertThat(compactor.afterWrite()).as("the write trigger is off").isEmpty();
        assertThat(compactor.whenIdle()).as("writes just seen").isEmpty();
        nanos.addAndGet(Duration.ofMinutes(4).toNanos());
        assertThat(compactor.whenIdle()).isEmpty();
        put(store, version(1, 2));
        nanos.addAndGet(Duration.ofMinutes(4).toNanos());
        assertThat(compactor.whenIdle()).as("another write restarted the quiet time").isEmpty();
        nanos.addAndGet(Duration.ofMinutes(4).toNanos());
        assertThat(compactor.whenIdle()).isEmpty();
        nanos.addAndGet(Duration.ofMinutes(2).toNanos());

        assertThat(compactor.whenIdle()).isPresent();
        assertThat(store.compactions()).isEqualTo(1);
        nanos.addAndGet(Duration.ofMinutes(10).toNanos());
        assertThat(compactor.whenIdle()).as("nothing pending any more").isEmpty();
        assertThat(compactor.whenIdle()).isEmpty();
        assertThat(store.compactions()).isEqualTo(1);
    }

    @Test
    void failedCompactionIsCountedAndTheStoreCarriesOn() throws IOException {
        GraphCompactor compactor = new GraphCompactor(store, 2, Duration.ZERO);
        // Where the next generation would go: Jena refuses to compact over it.
        Path blocker = Files.createFile(dir.resolve("tdb2").resolve("Data-0002"));
        put(store, version(1, 0));
        put(store, version(2, 0));

        assertThat(compactor.afterWrite()).isEmpty();
        assertThat(compactor.failures()).isEqualTo(1);
        assertThat(store.compactions()).isZero();

        put(store, version(1, 1));
        assertThat(compactor.afterWrite()).as("no retry on every write").isEmpty();
        assertThat(compactor.failures()).isEqualTo(1);
        assertThat(store.find(version(1, 1).mediaId()).orElseThrow().nTriples()).contains("/genre/genre-v1>");

        Files.delete(blocker);
        put(store, version(2, 1));
        assertThat(compactor.afterWrite()).as("retried after as many writes again").isPresent();
        assertThat(store.compactions()).isEqualTo(1);
        assertThat(stored(version(2, 1).mediaId()).isIsomorphicWith(mapper.toModel(version(2, 1)))).isTrue();
    }

    @Test
    void writesAndReadsDuringCompactionAllLand() {
        int items = 3;
        int versions = 8;
        int cast = 10;
        IntStream.range(0, items).forEach(i -> put(store, version(i, 0, cast)));
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int v = 1; v < versions; v++) {
                for (int i = 0; i < items; i++) {
                    put(store, version(i, v, cast));
                    assertThat(store.find(version(i, v, cast).mediaId())).isPresent();
                }
            }
        });

        int compactions = 0;
        do {
            compactions += store.compact().isPresent() ? 1 : 0;
            assertThat(store.status().items()).isEqualTo(items);
        } while (!writer.isDone() && compactions < 3);
        writer.join();

        assertThat(compactions).isPositive();
        for (int i = 0; i < items; i++) {
            MediaItem last = version(i, versions - 1, cast);
            assertThat(stored(last.mediaId()).isIsomorphicWith(mapper.toModel(last))).isTrue();
        }
        store.compact().orElseThrow();
        assertThat(store.writesSinceCompaction()).isZero();
    }
}
