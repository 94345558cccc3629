package io.plexrecommend.graph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.graph.TestItems;
import io.plexrecommend.graph.embedding.GraphSageGcn;
import io.plexrecommend.graph.embedding.GraphSnapshot;
import io.plexrecommend.graph.embedding.NodeFeatures;
import io.plexrecommend.graph.embedding.TextProjection;
import io.plexrecommend.graph.mapping.MediaGraphMapper;
import io.plexrecommend.graph.query.ItemRelations;
import io.plexrecommend.graph.store.GraphCompactor;
import io.plexrecommend.graph.store.GraphStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbers in docs/benchmarks.md ("graph-service"): items per second into the graph, graph-embedding training
 * time, p99 of the shared-attributes lookup, size on disk, RSS around training. Not part of the normal build:
 * {@code ./mvnw -B -o verify -pl graph-service -Dgroups=benchmark -Dsurefire.excludedGroups=}
 * ({@code -Dbench.items=...} points at a JSON Lines catalog, read at run time; {@code -Dbench.count=10000}, {@code -Dbench.per-event=300},
 * {@code -Dbench.embedding-only=true} stops after the graph-embedding numbers).
 * Real items come from the catalog; beyond its size, variants of them (new ids, a random half of their keywords and
 * cast) fill up to the count. Text vectors are random unit vectors of MiniLM's 384 dimensions: the training does
 * the same work whatever their values.
 */
@Tag("benchmark")
class GraphBenchmark {

    private static final int COUNT = Integer.getInteger("bench.count", 10_000);
    private static final int PER_EVENT = Integer.getInteger("bench.per-event", 300);
    private static final Path ITEMS = Path.of(System.getProperty("bench.items",
            "../../shared/data/movielens-small-tmdb/items.jsonl"));

    @TempDir
    Path dir;

    @Test
    void ingestEmbedAndQuery() throws IOException {
        List<MediaItem> items = items();
        MediaGraphMapper mapper = TestItems.mapper(15, 30);
        report("items", items.size());

        // 0. Graph embeddings on the mapped items (the same snapshot the store would give), first because it is the
        //    number with a goal (<= 60 s for 10,000 items on 2 cores).
        long rssStart = rssKb();
        long started = System.nanoTime();
        Map<String, Model> mapped = new java.util.LinkedHashMap<>();
        items.forEach(item -> mapped.put(item.mediaId(), mapper.toModel(item)));
        report("mapping incl. OpenNLP: items/s", items.size() / ((System.nanoTime() - started) / 1e9));
        embed(mapped, rssStart);
        if (Boolean.getBoolean("bench.embedding-only")) {
            return;
        }

        // 1. As the consumer does: map, one write transaction per poll of 100 events, compaction every 2000 changed
        //    items (fewer copies of a growing database than the default 500; see docs/benchmarks.md).
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            GraphCompactor compactor = new GraphCompactor(store, 2000, Duration.ZERO);
            long mapNanos = 0;
            started = System.nanoTime();
            for (int from = 0; from < items.size(); from += 100) {
                Map<String, Model> batch = new java.util.LinkedHashMap<>();
                long t = System.nanoTime();
                items.subList(from, Math.min(items.size(), from + 100))
                        .forEach(item -> batch.put(item.mediaId(), mapper.toModel(item)));
                mapNanos += System.nanoTime() - t;
                store.apply(batch);
                compactor.afterWrite();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            report("ingest, batches of 100 (the consumer's path): items/s", items.size() / seconds);
            report("ingest seconds (incl. compactions every 2,000 changed items)", seconds);
            report("of which mapping incl. OpenNLP, seconds", mapNanos / 1e9);
            started = System.nanoTime();
            store.compact();
            report("final compaction seconds", (System.nanoTime() - started) / 1e9);
            report("triples", store.status().triples());
            report("disk bytes (file lengths, compacted)", store.diskBytes());
            report("disk bytes (allocated, du)", allocatedBytes(dir.resolve("tdb2")));

            // 2. For comparison: one transaction per item (the old consumer), on PER_EVENT more items.
            started = System.nanoTime();
            List<MediaItem> extra = items.subList(0, Math.min(PER_EVENT, items.size()));
            for (MediaItem item : extra) {
                MediaItem moved = item.toBuilder().mediaId(item.mediaId().replace("tmdb:", "tmdb:9")).build();
                store.replace(moved.mediaId(), mapper.toModel(moved));
            }
            report("one transaction per item: items/s", extra.size() / ((System.nanoTime() - started) / 1e9));
            store.compact();

            // 3. Shared attributes: one item against 10 others, as the recommender asks for an explanation.
            ItemRelations relations = new ItemRelations(store);
            Random random = new Random(1);
            List<String> ids = items.stream().map(MediaItem::mediaId).toList();
            for (int k = 0; k < 200; k++) {
                relations.shared(ids.get(random.nextInt(ids.size())), sample(ids, 10, random));
            }
            long[] latencies = new long[2000];
            for (int k = 0; k < latencies.length; k++) {
                String id = ids.get(random.nextInt(ids.size()));
                List<String> with = sample(ids, 10, random);
                long t = System.nanoTime();
                relations.shared(id, with);
                latencies[k] = System.nanoTime() - t;
            }
            Arrays.sort(latencies);
            report("shared (1 vs 10) p50 ms", latencies[latencies.length / 2] / 1e6);
            report("shared (1 vs 10) p99 ms", latencies[latencies.length * 99 / 100] / 1e6);
            long[] neighbours = new long[200];
            for (int k = 0; k < neighbours.length; k++) {
                long t = System.nanoTime();
                relations.neighbours(ids.get(random.nextInt(ids.size())), 20);
                neighbours[k] = System.nanoTime() - t;
            }
            Arrays.sort(neighbours);
            report("neighbours (limit 20) p50 ms", neighbours[neighbours.length / 2] / 1e6);
            report("neighbours (limit 20) p99 ms", neighbours[neighbours.length * 99 / 100] / 1e6);

        }
    }

    private static void embed(Map<String, Model> models, long rssStart) throws IOException {
        Random random = new Random(5);
        Map<String, float[]> text = new HashMap<>();
        models.keySet().forEach(id -> text.put(id, unitVector(random, 384)));
        long started = System.nanoTime();
        GraphSnapshot.Builder builder = GraphSnapshot.builder();
        models.forEach((mediaId, model) -> {
            builder.item(mediaId);
            var self = model.createResource(io.plexrecommend.graph.mapping.Vocabulary.mediaIri(mediaId));
            model.listStatements(self, null, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st ->
                    io.plexrecommend.graph.mapping.Relation.of(st.getPredicate().asNode())
                            .filter(r -> st.getObject().isURIResource())
                            .ifPresent(r -> builder.link(mediaId, r, st.getObject().asResource().getURI())));
        });
        GraphSnapshot snapshot = builder.build();
        report("embedding graph: nodes / attributes (>= 2 items) / edges", snapshot.nodeCount() + " / "
                + snapshot.attributes().size() + " / " + snapshot.edgeCount());
        report("embedding: snapshot seconds", (System.nanoTime() - started) / 1e9);
        long rssBefore = rssKb();
        // The defaults of graph.embedding.* (application.properties), unless a run asks for others.
        float learningRate = Float.parseFloat(System.getProperty("bench.learning-rate", "0.01"));
        int maxSteps = Integer.getInteger("bench.max-steps", 200);
        report("embedding: learning rate / max steps", learningRate + " / " + maxSteps);
        GraphSageGcn network = new GraphSageGcn(128, 64, 2, learningRate, 42, 8192);
        started = System.nanoTime();
        NodeFeatures features = NodeFeatures.of(snapshot, id -> Optional.ofNullable(text.get(id)),
                TextProjection.random(384, 64, 42));
        long cpu = cpuNanos();
        GraphSageGcn.Result fresh = network.train(snapshot, features, null, maxSteps);
        report("embedding: fresh run, projection + features + training (incl. engine start) seconds",
                (System.nanoTime() - started) / 1e9);
        report("embedding: fresh run, CPU seconds of the process (all threads)", (cpuNanos() - cpu) / 1e9);
        report("embedding: fresh run steps (converged?) / held-out loss first -> last", fresh.steps() + " ("
                + fresh.converged() + ") / " + fresh.firstLoss() + " -> " + fresh.lastLoss());
        long rssAfter = rssKb();
        started = System.nanoTime();
        cpu = cpuNanos();
        GraphSageGcn.Result warm = network.train(snapshot, features, fresh.weights(), 100);
        report("embedding: warm run seconds", (System.nanoTime() - started) / 1e9);
        report("embedding: warm run, CPU seconds of the process (all threads)", (cpuNanos() - cpu) / 1e9);
        report("embedding: warm run steps (converged?) / held-out loss first -> last", warm.steps() + " ("
                + warm.converged() + ") / " + warm.firstLoss() + " -> " + warm.lastLoss());
        report("RSS MB at start / before training / after fresh run / after warm run",
                rssStart / 1024 + " / " + rssBefore / 1024 + " / " + rssAfter / 1024 + " / " + rssKb() / 1024);
        report("RSS peak (VmHWM) MB so far", status("VmHWM:") / 1024);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static List<MediaItem> items() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<MediaItem> real = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(ITEMS)) {
            String line;
            while ((line = reader.readLine()) != null && real.size() < COUNT) {
                JsonNode node = json.readTree(line);
                real.add(MediaItem.builder().mediaId("movie:tmdb:" + node.path("tmdb_id").asLong())
                        .type(MediaType.MOVIE).source("catalog").title(node.path("title").asText())
                        .year(node.hasNonNull("year") ? node.get("year").asInt() : null)
                        .overview(node.path("overview").asText(null)).genres(strings(node, "genres"))
                        .keywords(strings(node, "keywords")).cast(strings(node, "cast"))
                        .directors(strings(node, "directors"))
                        .originalLanguage(node.path("original_language").asText(null)).build());
            }
        }
        List<MediaItem> all = new ArrayList<>(real);
        Random random = new Random(3);
        for (int k = 0; all.size() < COUNT; k++) {
            MediaItem source = real.get(random.nextInt(real.size()));
            all.add(source.toBuilder().mediaId("movie:tmdb:" + (50_000_000 + k)).title(source.title() + " II")
                    .keywords(half(source.keywords(), random)).cast(half(source.cast(), random)).build());
        }
        return all;
    }

    private static List<String> strings(JsonNode node, String field) {
        return StreamSupport.stream(node.path(field).spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> half(List<String> values, Random random) {
        List<String> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy.subList(0, copy.size() / 2);
    }

    private static List<String> sample(List<String> ids, int n, Random random) {
        List<String> sample = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            sample.add(ids.get(random.nextInt(ids.size())));
        }
        return sample;
    }

    private static float[] unitVector(Random random, int dim) {
        float[] v = new float[dim];
        double norm = 0;
        for (int k = 0; k < dim; k++) {
            v[k] = (float) random.nextGaussian();
            norm += v[k] * v[k];
        }
        for (int k = 0; k < dim; k++) {
            v[k] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    private static long allocatedBytes(Path directory) throws IOException {
        Process du = new ProcessBuilder("du", "-sk", directory.toString()).start();
        try {
            du.waitFor();
            String out = new String(du.getInputStream().readAllBytes()).trim().split("\\s+")[0];
            return Long.parseLong(out) * 1024;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static long rssKb() throws IOException {
        return status("VmRSS:");
    }

    private static long status(String field) throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(field))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
    }

    private static void report(String what, Object value) {
        System.out.printf("BENCH %-70s %s%n", what, value instanceof Double d ? String.format("%.2f", d) : value);
    }
}
