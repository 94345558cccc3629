package io.plexrecommend.recommender.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The scoring model's parts, on small hand-made catalogs whose right answers are obvious. */
class ModelTest {

    private static ModelItem movie(String id, List<String> genres, List<String> keywords, String director,
            int votes) {
        return new ModelItem(id, "movie", genres, keywords, List.of(), List.of(director), null, "en", 1995, 7.0,
                votes, 10.0, null, null, null, null, null);
    }

    private static ItemSpace heistsAndCartoons() {
        ItemSpace space = new ItemSpace();
        space.upsert(movie("heat", List.of("Crime"), List.of("heist", "los angeles"), "Michael Mann", 1000));
        space.upsert(movie("thief", List.of("Crime"), List.of("heist", "safecracker"), "Michael Mann", 1000));
        space.upsert(movie("toys", List.of("Animation"), List.of("toys", "friendship"), "John Lasseter", 1000));
        space.upsert(movie("bugs", List.of("Animation"), List.of("insects", "friendship"), "John Lasseter", 1000));
        space.reweigh();
        return space;
    }

    @Test
    void contentNeighboursShareMetadataAndAnUpdatedVectorMovesAnItem() {
        ItemSpace space = heistsAndCartoons();
        Neighbours content = SimilarityBuilder.build(space, ContentWeights.DEFAULT, 2);

        assertThat(content.ids(0)[0]).isEqualTo(1);
        assertThat(content.ids(2)[0]).isEqualTo(3);

        // A new item with the same text vector as "toys" and nothing else in common becomes its neighbour.
        float[] vector = {1f, 0f, 0f};
        space.upsert(new ModelItem("toys", "movie", List.of("Animation"), List.of("toys", "friendship"), List.of(),
                List.of("John Lasseter"), null, "en", 1995, 7.0, 1000, 10.0, vector, null, null, null, null));
        int twin = space.upsert(new ModelItem("twin", "movie", List.of(), List.of(), List.of(), List.of(), null,
                null, null, null, null, null, vector, null, null, null, null));
        SimilarityBuilder.update(content, space, new ContentWeights(0.6, 1.0, 0), twin);
        assertThat(content.ids(twin)[0]).isEqualTo(2);
        assertThat(content.ids(2)).contains(twin);
    }

    @Test
    void coRatingsMakeTitlesRatedByTheSameProfilesNeighbours() {
        List<int[]> profiles = List.of(new int[] {0, 1}, new int[] {0, 1}, new int[] {0, 1, 2}, new int[] {2, 3},
                new int[] {2, 3});
        CoRatingSimilarity.Result result = CoRatingSimilarity.build(profiles, 4, 2, 1);

        assertThat(result.neighbours().ids(0)[0]).isEqualTo(1);
        assertThat(result.neighbours().ids(3)[0]).isEqualTo(2);
        assertThat(result.ratingCounts()).containsExactly(3, 3, 3, 2);
    }

    @Test
    void aProfileThatLovedAHeistIsOfferedTheOtherHeistFirstAndNeverWhatItRated() {
        ItemSpace space = heistsAndCartoons();
        Neighbours content = SimilarityBuilder.build(space, ContentWeights.DEFAULT, 3);
        CoRatingSimilarity.Result cf = CoRatingSimilarity.build(List.of(), space.size(), 3, 5);
        ItemPriors priors = ItemPriors.of(space, cf.ratingCounts(), 200);

        Evidence evidence = new Evidence(cf.neighbours(), new Neighbours(space.size(), 3), content, priors, null, 0);
        float[] scores = new Scorer(ScoringWeights.DEFAULT).score(List.of(Signal.rated(0, 10), Signal.dismissed(2)),
                evidence, space.size());

        assertThat(scores[0]).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(scores[2]).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(scores[1]).isGreaterThan(scores[3]);
    }

    @Test
    void theBayesianHeadLearnsAGenrePreferenceAndItsSamplesNarrowWithMoreRatings() {
        double[] crime = PreferenceFeatures.of(movie("a", List.of("Crime"), List.of(), "x", 1000));
        double[] cartoon = PreferenceFeatures.of(movie("b", List.of("Animation"), List.of(), "y", 1000));
        List<BayesianHead.Example> few = List.of(new BayesianHead.Example(crime, 0.8),
                new BayesianHead.Example(cartoon, -0.8));
        List<BayesianHead.Example> many = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.addAll(few);
        }
        BayesianHead fewHead = BayesianHead.fit(few, PreferenceFeatures.DIMENSION);
        BayesianHead manyHead = BayesianHead.fit(many, PreferenceFeatures.DIMENSION);

        assertThat(BayesianHead.dot(crime, manyHead.mean())).isGreaterThan(BayesianHead.dot(cartoon, manyHead.mean()));
        assertThat(spread(fewHead, crime)).isGreaterThan(2 * spread(manyHead, crime));
    }

    /** Standard deviation of x·w over posterior samples. */
    private static double spread(BayesianHead head, double[] x) {
        Random random = new Random(1);
        double sum = 0;
        double squares = 0;
        int n = 2000;
        for (int i = 0; i < n; i++) {
            double v = BayesianHead.dot(x, head.sample(random));
            sum += v;
            squares += v * v;
        }
        double mean = sum / n;
        return Math.sqrt(squares / n - mean * mean);
    }

    @Test
    void topKKeepsTheLargestInDescendingOrder() {
        TopK top = new TopK(3);
        float[] values = {0.1f, 0.9f, 0.5f, 0.7f, 0.3f};
        float none = Float.NEGATIVE_INFINITY;
        float[] thresholdBefore = {none, none, none, 0.1f, 0.5f};
        for (int i = 0; i < values.length; i++) {
            assertThat(top.threshold()).as("before offer %d", i).isEqualTo(thresholdBefore[i]);
            top.offer(i, values[i]);
        }
        assertThat(top.threshold()).as("the third largest").isEqualTo(0.5f);
        assertThat(new TopK(0).threshold()).isEqualTo(Float.POSITIVE_INFINITY);
        int[] ids = new int[3];
        float[] scores = new float[3];
        top.drainDescending(ids, scores);
        assertThat(ids).containsExactly(1, 3, 2);
        assertThat(scores).containsExactly(0.9f, 0.7f, 0.5f);
    }
}
