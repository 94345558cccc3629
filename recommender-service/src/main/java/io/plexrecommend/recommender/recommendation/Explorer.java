package io.plexrecommend.recommender.recommendation;

import io.plexrecommend.recommender.config.RecommenderConfig;
import io.plexrecommend.recommender.model.BayesianHead;
import io.plexrecommend.recommender.model.PreferenceFeatures;
import io.plexrecommend.recommender.model.Scorer;
import io.plexrecommend.recommender.model.Signal;
import io.plexrecommend.recommender.profile.ProfileState;
import io.plexrecommend.recommender.profile.ProfileStates;
import io.plexrecommend.recommender.trainer.HeadTrainer;
import io.plexrecommend.recommender.trainer.TrainedHeads;
import io.plexrecommend.recommender.validation.Profiles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Picks the single title the tab shows next, trading exploitation for exploration by Thompson sampling: the
 * profile's {@link BayesianHead} is fitted (closed form) from its signals, one weight vector is drawn from the
 * posterior, and the shortlist of the best-ranked candidates is re-ordered by rank score + the sampled head's
 * opinion, the sample's deviation from the posterior mean scaled by 1 / (1 + ratings / half-life). Early on the draw
 * varies a lot and the tab wanders across genres; with many ratings it settles on the ranking. Cold start (no ratings)
 * shortlists the best-liked title of every genre, so the first cards cover the catalog's range. The draw is seeded by
 * the profile and its number of signals: the same state shows the same card, every new signal a fresh draw. Once
 * the background {@link HeadTrainer} has fitted the profile's text-aware head, its standardised opinion (× 0.3)
 * joins the rank score.
 */
@ApplicationScoped
public class Explorer {

    static final int SHORTLIST = 50;
    static final double TRAINED_HEAD_WEIGHT = 0.3;

    private final Recommender recommender;
    private final LiveModel model;
    private final ProfileStates profiles;
    private final TrainedHeads trainedHeads;
    private final int halfLife;

    Explorer(Recommender recommender, LiveModel model, ProfileStates profiles, TrainedHeads trainedHeads,
            RecommenderConfig config) {
        this.recommender = recommender;
        this.model = model;
        this.profiles = profiles;
        this.trainedHeads = trainedHeads;
        this.halfLife = config.model().explorationHalfLife();
    }

    public Optional<Recommendation> next(String profile, Filters filters) {
        Profiles.require(profile);
        ProfileState state = profiles.get(profile);
        List<Recommender.Ranked> shortlist = state.ratings().isEmpty() ? diverseShortlist(state, filters)
                : recommender.rank(state, filters, SHORTLIST);
        if (shortlist.isEmpty()) {
            return Optional.empty();
        }
        List<Signal> signals = recommender.signals(state);
        BayesianHead head = BayesianHead.fit(Scorer.examples(signals, features()), PreferenceFeatures.DIMENSION);
        Random random = new Random((profile + "|" + signals.size() + "|" + state.ratings().hashCode()).hashCode());
        double[] mean = head.mean();
        double[] sample = head.sample(random);
        double exploration = 1.0 / (1.0 + (double) state.ratings().size() / halfLife);
        double[] scores = shortlist.stream().mapToDouble(Recommender.Ranked::score).toArray();
        standardise(scores);
        // The background-trained head (text-aware, DJL) refines the order once the profile has one.
        trainedHeads.get(profile).ifPresent(trained -> {
            double[] opinion = shortlist.stream().mapToDouble(r -> HeadTrainer.predict(trained.weights(),
                    HeadTrainer.input(model.space().item(r.item())))).toArray();
            standardise(opinion);
            for (int r = 0; r < scores.length; r++) {
                scores[r] += TRAINED_HEAD_WEIGHT * opinion[r];
            }
        });
        Recommender.Ranked best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < shortlist.size(); r++) {
            double[] x = PreferenceFeatures.of(model.space().item(shortlist.get(r).item()));
            // The ranking already holds the head's mean (its head part); the draw adds the posterior's spread.
            double value = scores[r] + exploration * (BayesianHead.dot(x, sample) - BayesianHead.dot(x, mean));
            if (value > bestValue) {
                bestValue = value;
                best = shortlist.get(r);
            }
        }
        return Optional.of(recommender.toRecommendation(state, best));
    }

    /** Features of every item; items newer than the last refresh get theirs computed on demand. */
    private double[][] features() {
        double[][] known = model.preferenceFeatures();
        if (known.length >= model.size()) {
            return known;
        }
        double[][] all = java.util.Arrays.copyOf(known, model.size());
        for (int i = known.length; i < all.length; i++) {
            all[i] = PreferenceFeatures.of(model.space().item(i));
        }
        return all;
    }

    /** The best-ranked admitted title of each genre (the cold start's shortlist). */
    private List<Recommender.Ranked> diverseShortlist(ProfileState state, Filters filters) {
        List<Recommender.Ranked> ranked = recommender.rank(state, filters, SHORTLIST * 4);
        Set<String> genresTaken = new HashSet<>();
        List<Recommender.Ranked> diverse = new ArrayList<>();
        for (Recommender.Ranked candidate : ranked) {
            ItemInfo info = model.info(candidate.item());
            String genre = info.genres().isEmpty() ? "" : info.genres().get(0).toLowerCase(Locale.ROOT);
            if (genresTaken.add(genre)) {
                diverse.add(candidate);
            }
        }
        return diverse.isEmpty() ? ranked : diverse;
    }

    private static void standardise(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double var = 0;
        for (double v : values) {
            var += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(var / values.length);
        for (int i = 0; i < values.length; i++) {
            values[i] = std < 1e-9 ? 0 : (values[i] - mean) / std;
        }
    }
}
