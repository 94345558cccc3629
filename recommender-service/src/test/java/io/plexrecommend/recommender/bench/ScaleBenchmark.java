package io.plexrecommend.recommender.bench;

import io.plexrecommend.recommender.model.CoRatingSimilarity;
import io.plexrecommend.recommender.model.ContentWeights;
import io.plexrecommend.recommender.model.Evidence;
import io.plexrecommend.recommender.model.ItemPriors;
import io.plexrecommend.recommender.model.ItemSpace;
import io.plexrecommend.recommender.model.ModelItem;
import io.plexrecommend.recommender.model.Neighbours;
import io.plexrecommend.recommender.model.Scorer;
import io.plexrecommend.recommender.model.ScoringWeights;
import io.plexrecommend.recommender.model.Signal;
import io.plexrecommend.recommender.model.SimilarityBuilder;
import io.plexrecommend.recommender.model.TopK;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The model at the scale, in one JVM: 20,000 synthetic items (metadata drawn from realistic vocabularies and a
 * 384-float text vector each) and 1,000 profiles of 20–400 ratings. Measures the full content and co-rating
 * rebuilds, the latency of one recommendation (score every item, filter, top 10) under 16 concurrent clients, a
 * rating's way into the next ranking, and the heap the model holds. Numbers go to docs/benchmarks.md. Run with
 * {@code mvn -B -o verify -pl recommender-service -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=ScaleBenchmark}.
 */
@Tag("benchmark")
class ScaleBenchmark {

    static final int ITEMS = Integer.getInteger("bench.items", 20_000);
    static final int PROFILES = Integer.getInteger("bench.profiles", 1_000);
    static final int CLIENTS = 16;
    static final int REQUESTS = 8_000;

    @Test
    void atScale() throws Exception {
        Random random = new Random(7);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        ItemSpace space = items(ITEMS, random);
        long start = System.nanoTime();
        space.reweigh();
        Neighbours content = SimilarityBuilder.build(space, ContentWeights.DEFAULT, 50);
        long contentMs = (System.nanoTime() - start) / 1_000_000;

        List<List<Signal>> histories = histories(PROFILES, ITEMS, random);
        List<int[]> rated = ratedItems(histories);
        start = System.nanoTime();
        CoRatingSimilarity.Result cf = CoRatingSimilarity.build(rated, ITEMS, 50, 5);
        ItemPriors priors = ItemPriors.of(space, cf.ratingCounts(), 200);
        long cfMs = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long heapAfter = rt.totalMemory() - rt.freeMemory();

        Scorer scorer = new Scorer(ScoringWeights.DEFAULT);
        // Warm up, then measure under 16 concurrent clients.
        for (int w = 0; w < 2_000; w++) {
            recommend(scorer, histories.get(w % PROFILES), cf.neighbours(), content, priors);
        }
        long[] latencies = new long[REQUESTS];
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> done = new ArrayList<>();
        long wall = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            done.add(clients.submit(() -> {
                for (int r = client; r < REQUESTS; r += CLIENTS) {
                    long t = System.nanoTime();
                    recommend(scorer, histories.get(r % PROFILES), cf.neighbours(), content, priors);
                    latencies[r] = System.nanoTime() - t;
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - wall) / 1e9;
        clients.shutdown();
        Arrays.sort(latencies);

        // A rating's way into the next ranking: the in-memory profile changes, the next request scores with it.
        List<Signal> history = new ArrayList<>(histories.get(0));
        start = System.nanoTime();
        history.add(Signal.rated(12345 % ITEMS, 10));
        int[] after = recommend(scorer, history, cf.neighbours(), content, priors);
        double ratingToRecsMs = (System.nanoTime() - start) / 1e6;

        System.out.printf("items=%d profiles=%d%n", ITEMS, PROFILES);
        System.out.printf("content similarity rebuild (metadata + 384-d text, top-50): %d ms%n", contentMs);
        System.out.printf("co-rating rebuild + priors: %d ms%n", cfMs);
        System.out.printf("recommend (score all, filter, top 10), %d clients: p50 %.2f ms, p99 %.2f ms, %.0f req/s%n",
                CLIENTS, latencies[REQUESTS / 2] / 1e6, latencies[REQUESTS * 99 / 100] / 1e6, REQUESTS / seconds);
        System.out.printf("rating -> updated recommendations: %.2f ms (top item now %d)%n", ratingToRecsMs, after[0]);
        System.out.printf("model heap: %d MB%n", (heapAfter - heapBefore) / (1024 * 1024));
    }

    /** One recommendation without HTTP: score every item for the profile, drop the excluded, keep the top 10. */
    static int[] recommend(Scorer scorer, List<Signal> history, Neighbours cf, Neighbours content,
            ItemPriors priors) {
        float[] scores = scorer.score(history, new Evidence(cf, new Neighbours(ITEMS, 1), content, priors, null, 1000),
                ITEMS);
        TopK top = new TopK(10);
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] != Float.NEGATIVE_INFINITY) {
                top.offer(i, scores[i]);
            }
        }
        int[] ids = new int[top.size()];
        top.drainDescending(ids, new float[ids.length]);
        return ids;
    }

    /** A space of {@code count} synthetic items (TF-IDF weights not yet recomputed: call {@code reweigh()}). */
    static ItemSpace items(int count, Random random) {
        ItemSpace space = new ItemSpace();
        for (int i = 0; i < count; i++) {
            space.upsert(item(i, random));
        }
        return space;
    }

    /**
     * {@code count} profiles of 20–400 ratings; popular items are rated more often (a Zipf-like skew), as in real data.
     */
    static List<List<Signal>> histories(int count, int items, Random random) {
        List<List<Signal>> histories = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            int n = 20 + (int) (380 * Math.pow(random.nextDouble(), 3));
            List<Signal> h = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                h.add(Signal.rated((int) (items * Math.pow(random.nextDouble(), 2.5)), 1 + random.nextInt(10)));
            }
            histories.add(h);
        }
        return histories;
    }

    /** Each history's rated items, distinct: what the co-rating build reads. */
    static List<int[]> ratedItems(List<List<Signal>> histories) {
        return histories.stream().map(h -> h.stream().mapToInt(Signal::item).distinct().toArray()).toList();
    }

    static ModelItem item(int i, Random random) {
        List<String> genres = new ArrayList<>();
        String[] all = {"Drama", "Comedy", "Thriller", "Action", "Romance", "Crime", "Horror", "Adventure",
            "Science Fiction", "Family", "Fantasy", "Mystery", "Animation", "Documentary", "History", "War"};
        for (int g = 0; g < 1 + random.nextInt(3); g++) {
            genres.add(all[(int) (all.length * Math.pow(random.nextDouble(), 1.5))]);
        }
        List<String> keywords = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            keywords.add("kw" + (int) (15_000 * Math.pow(random.nextDouble(), 2)));
        }
        List<String> cast = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            cast.add("actor" + (int) (40_000 * Math.pow(random.nextDouble(), 1.5)));
        }
        float[] text = new float[384];
        for (int d = 0; d < text.length; d++) {
            text[d] = (float) random.nextGaussian();
        }
        return new ModelItem("movie:tmdb:" + i, "movie", genres, keywords, cast,
                List.of("director" + random.nextInt(8_000)), null, "en", 1950 + random.nextInt(75),
                4 + random.nextDouble() * 5, random.nextInt(20_000), random.nextDouble() * 100, text, null, null, (long) i,
                List.of());
    }
}
