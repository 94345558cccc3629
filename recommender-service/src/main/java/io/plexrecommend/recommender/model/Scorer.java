package io.plexrecommend.recommender.model;

import java.util.List;

/**
 * Scores every item for one profile. Each history item pushes score onto its neighbours in the collaborative and the
 * content similarity matrices (item-based kNN, read from the history item's top-K row, so a request costs
 * history × K, not catalog × history); the two sums and the two priors are standardised over the candidates and
 * blended by {@link ScoringWeights}. Rated, watched and dismissed items get {@link Float#NEGATIVE_INFINITY}.
 */
public final class Scorer {

    /** A dismissal pushes content neighbours away like a rating this far below the profile's mean. */
    static final double DISMISSAL_PULL = -1.0;
    /** A watch without a rating: a weak positive. */
    static final double WATCH_PULL = 0.5;

    private final ScoringWeights weights;
    /** The feature table last scored with, in sparse form; rebuilt when the model replaces the table. */
    private volatile SparseRows rows;

    public Scorer(ScoringWeights weights) {
        this.weights = weights;
    }

    public record Parts(float[] collaborative, float[] crowd, float[] content) {
    }

    /** Scores with the head fitted now (tests and offline runs; the service fits it once per profile state). */
    public float[] score(List<Signal> history, Evidence evidence, int items) {
        double[][] features = evidence.features();
        double[] head = weights.head() > 0 && features != null ? headWeights(history, features) : null;
        return score(history, evidence, head, items);
    }

    /**
     * @param headWeights the profile's {@link #headWeights}, fitted once per profile state by the caller (null: no
     *     head part)
     */
    public float[] score(List<Signal> history, Evidence evidence, double[] headWeights, int items) {
        Parts parts = parts(history, evidence, items);
        Candidates candidates = Candidates.excluding(history, items);
        double[][] features = evidence.features();
        float[] head = weights.head() > 0 && headWeights != null && features != null && features.length >= items
                ? head(headWeights, features, items) : null;
        double community = weights.communityShare(evidence.profiles());
        // The content part's array is not needed once added, so the total is built in it: one 80 KB array less per
        // request at 20,000 items.
        float[] total = parts.content();
        candidates.standardise(total, weights.content());
        candidates.addStandardised(total, parts.crowd(), weights.crowd());
        candidates.addStandardised(total, parts.collaborative(), weights.collaborative() * community);
        candidates.addStandardised(total, evidence.priors().inSystemPopularity(), weights.popularity() * community);
        candidates.addStandardised(total, evidence.priors().quality(), weights.quality());
        if (head != null) {
            candidates.addStandardised(total, head, weights.head());
        }
        candidates.markExcluded(total);
        return total;
    }

    public Parts parts(List<Signal> history, Evidence evidence, int items) {
        double mean = meanRating(history);
        float[] cf = new float[items];
        float[] crowd = new float[items];
        float[] ct = new float[items];
        for (Signal signal : history) {
            double interest;
            double taste;
            switch (signal.kind()) {
                case RATED -> {
                    double centred = (signal.rating() - mean) / 4.5;
                    interest = Math.max(0, 1 + weights.ratingTilt() * centred * 2);
                    taste = centred;
                }
                case WATCHED -> {
                    interest = WATCH_PULL;
                    taste = WATCH_PULL * 0.5;
                }
                default -> {
                    interest = 0;
                    taste = DISMISSAL_PULL * 0.5;
                }
            }
            push(cf, evidence.collaborative(), signal.item(), interest);
            push(crowd, evidence.crowd(), signal.item(), interest);
            push(ct, evidence.content(), signal.item(), taste);
        }
        return new Parts(cf, crowd, ct);
    }

    /** The posterior mean of the profile's closed-form Bayesian head: the fast path of the preference model. */
    public static double[] headWeights(List<Signal> history, double[][] features) {
        return BayesianHead.fit(examples(history, features), PreferenceFeatures.DIMENSION).mean();
    }

    /** The head evaluated on every item. */
    private float[] head(double[] w, double[][] features, int items) {
        SparseRows now = rows;
        if (now == null || now.source() != features) {
            now = SparseRows.of(features);
            rows = now;
        }
        return now.times(w, items);
    }

    /** Targets: a rating centred on the profile's mean (÷ 4.5), a watch +0.1, a dismissal −0.3. */
    public static List<BayesianHead.Example> examples(List<Signal> history, double[][] features) {
        double mean = meanRating(history);
        List<BayesianHead.Example> examples = new java.util.ArrayList<>(history.size());
        for (Signal s : history) {
            if (s.item() >= features.length || features[s.item()] == null) {
                continue;
            }
            double y = switch (s.kind()) {
                case RATED -> (s.rating() - mean) / 4.5;
                case WATCHED -> 0.1;
                case DISMISSED -> -0.3;
            };
            examples.add(new BayesianHead.Example(features[s.item()], y));
        }
        return examples;
    }

    private static void push(float[] into, Neighbours neighbours, int item, double weight) {
        if (weight == 0) {
            return;
        }
        int[] ids = neighbours.ids(item);
        float[] sims = neighbours.sims(item);
        for (int n = 0; n < ids.length; n++) {
            if (ids[n] < into.length) {
                into[ids[n]] += (float) (weight * sims[n]);
            }
        }
    }

    private static double meanRating(List<Signal> history) {
        double sum = 0;
        int count = 0;
        for (Signal signal : history) {
            if (signal.kind() == Signal.Kind.RATED) {
                sum += signal.rating();
                count++;
            }
        }
        return count == 0 ? 5.5 : sum / count;
    }
}
