package io.plexrecommend.recommender.bench;

import io.plexrecommend.recommender.model.CoRatingSimilarity;
import io.plexrecommend.recommender.model.ContentWeights;
import io.plexrecommend.recommender.model.ItemPriors;
import io.plexrecommend.recommender.model.ItemSpace;
import io.plexrecommend.recommender.model.Neighbours;
import io.plexrecommend.recommender.model.Scorer;
import io.plexrecommend.recommender.model.ScoringWeights;
import io.plexrecommend.recommender.model.Signal;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the model's hot loops, on {@link ScaleBenchmark}'s synthetic data (same generator, same seed:
 * 20,000 items with 384-d text vectors, 1,000 profiles of 20–400 ratings):
 * <ul>
 * <li>{@code cosine384}: {@link ItemSpace#dot} of two L2-normalized 384-d vectors (their cosine), the inner loop of
 *     every content similarity; {@code cosine384SingleSum} is the same sum with one accumulator, for comparison;</li>
 * <li>{@code contentNeighboursOfOneItem}: the similarity search of one item, i.e. one row of the content matrix
 *     rebuild: its combined similarity (metadata TF-IDF + text) to all 20,000 items, then the top 50;</li>
 * <li>{@code recommendOneProfile}: one recommendation without HTTP: score all 20,000 items for a profile
 *     (collaborative and content pushes, priors, z-scores), drop the rated, keep the top 10. Cycles through the first
 *     {@link Model#PROFILES_SCORED} profiles, so the time is an average over their history sizes.</li>
 * </ul>
 * Not JUnit tests: run with {@code bench/jmh.sh [JMH options]} (docs/benchmarks.md, "recommender-service: JMH, hot
 * loops"); surefire leaves them and JMH's generated classes alone.
 */
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(2)
public class HotLoopsBenchmark {

    static final int K = 50;

    /**
     * Two synthetic items' 384-d text vectors. The space stores them L2-normalized, which makes the dot product their
     * cosine; the time is the same either way.
     */
    @State(Scope.Thread)
    public static class Vectors {
        float[] a;
        float[] b;

        @Setup
        public void setUp() {
            Random random = new Random(7);
            a = ScaleBenchmark.item(0, random).textVector();
            b = ScaleBenchmark.item(1, random).textVector();
        }
    }

    /** The catalog with its TF-IDF weights, and a content matrix to write rows into. */
    @State(Scope.Benchmark)
    public static class Catalog {
        ItemSpace space;
        Neighbours neighbours;

        @Setup
        public void setUp() {
            space = ScaleBenchmark.items(ScaleBenchmark.ITEMS, new Random(7));
            space.reweigh();
            neighbours = new Neighbours(space.size(), K);
        }
    }

    /**
     * Everything one recommendation reads: the catalog, the co-rating matrix of all profiles, the priors, and the
     * content rows of the scored profiles' rated items (scoring reads no other row; the full 20,000-row content build
     * takes about 50 s on 2 quiet cores, and {@code contentNeighboursOfOneItem} measures one row of it).
     */
    @State(Scope.Benchmark)
    public static class Model {
        static final int PROFILES_SCORED = 32;

        List<List<Signal>> histories;
        Neighbours collaborative;
        Neighbours content;
        ItemPriors priors;
        Scorer scorer;

        @Setup
        public void setUp() {
            Random random = new Random(7);
            ItemSpace space = ScaleBenchmark.items(ScaleBenchmark.ITEMS, random);
            space.reweigh();
            histories = ScaleBenchmark.histories(ScaleBenchmark.PROFILES, ScaleBenchmark.ITEMS, random);
            CoRatingSimilarity.Result cf = CoRatingSimilarity.build(ScaleBenchmark.ratedItems(histories),
                    ScaleBenchmark.ITEMS, K, 5);
            collaborative = cf.neighbours();
            priors = ItemPriors.of(space, cf.ratingCounts(), 200);
            content = new Neighbours(space.size(), K);
            ScaleBenchmark.ratedItems(histories.subList(0, PROFILES_SCORED)).stream().flatMapToInt(Arrays::stream)
                    .distinct().parallel().forEach(i -> content.setRow(i, space.similarities(i, ContentWeights.DEFAULT)));
            scorer = new Scorer(ScoringWeights.DEFAULT);
        }
    }

    /** Walks through items or profiles, one per call, so no single one is measured. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int next(int bound) {
            next = (next + 1) % bound;
            return next;
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public float cosine384(Vectors v) {
        return ItemSpace.dot(v.a, v.b);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public float cosine384SingleSum(Vectors v) {
        float sum = 0;
        for (int d = 0; d < v.a.length; d++) {
            sum += v.a[d] * v.b[d];
        }
        return sum;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int[] contentNeighboursOfOneItem(Catalog catalog, Cursor cursor) {
        int item = cursor.next(catalog.space.size());
        catalog.neighbours.setRow(item, catalog.space.similarities(item, ContentWeights.DEFAULT));
        return catalog.neighbours.ids(item);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int[] recommendOneProfile(Model model, Cursor cursor) {
        List<Signal> history = model.histories.get(cursor.next(Model.PROFILES_SCORED));
        return ScaleBenchmark.recommend(model.scorer, history, model.collaborative, model.content, model.priors);
    }
}
