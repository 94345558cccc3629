package io.plexrecommend.recommender.recommendation;

import io.plexrecommend.events.MediaType;
import io.plexrecommend.recommender.config.RecommenderConfig;
import io.plexrecommend.recommender.model.Evidence;
import io.plexrecommend.recommender.model.Scorer;
import io.plexrecommend.recommender.model.ScoringWeights;
import io.plexrecommend.recommender.model.Signal;
import io.plexrecommend.recommender.model.TopK;
import io.plexrecommend.recommender.profile.ProfileState;
import io.plexrecommend.recommender.profile.ProfileStates;
import io.plexrecommend.recommender.validation.InvalidRequestException;
import io.plexrecommend.recommender.validation.Profiles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.Semaphore;

/**
 * Ranks the titles a profile has not rated, watched or dismissed, from the in-memory model (no database read per
 * request): the {@link Scorer}'s blend of collaborative and content neighbours and priors, then the filters.
 */
@ApplicationScoped
public class Recommender {

    private final LiveModel model;
    private final ProfileStates profiles;
    private final Explainer explainer;
    private final RecommenderConfig.Recommendations config;
    private final Scorer scorer;
    /**
     * Per profile state, for the feature table {@link #preparedFor}: its signals as model indexes and its head's
     * fitted weights. States are immutable and replaced on every change, so this stays valid until the state or the
     * table (replaced with the priors, also when items arrive) changes; weak keys let a replaced state's entry go.
     * Saves a hash lookup per rated title and the d² × history fit on every request after a profile's first.
     */
    private final Map<ProfileState, Prepared> prepared = Collections.synchronizedMap(new WeakHashMap<>());
    private volatile double[][] preparedFor;

    /** @param head the head's weights, null without a feature table */
    private record Prepared(List<Signal> signals, double[] head) {
    }

    private final Semaphore rankings;

    Recommender(LiveModel model, ProfileStates profiles, Explainer explainer, RecommenderConfig config) {
        this.model = model;
        this.profiles = profiles;
        this.explainer = explainer;
        this.config = config.recommendations();
        this.rankings = new Semaphore(this.config.concurrentRankings()
                .orElse(Runtime.getRuntime().availableProcessors()), true);
        RecommenderConfig.Model m = config.model();
        this.scorer = new Scorer(new ScoringWeights(m.collaborativeWeight(), m.crowdWeight(), m.contentWeight(),
                m.popularityWeight(), m.qualityWeight(), m.ratingTilt(), m.headWeight(), m.community()));
    }

    /** @param limit how many; null for the default, cut to the configured maximum */
    public List<Recommendation> recommend(String profile, Filters filters, Integer limit) {
        Profiles.require(profile);
        ProfileState state = profiles.get(profile);
        List<Recommendation> result = new ArrayList<>();
        Explainer.ForProfile explanations = explainer.forProfile(state);
        for (Ranked ranked : rank(state, filters, effectiveLimit(limit))) {
            result.add(toRecommendation(ranked, explanations));
        }
        return result;
    }

    /** The media ids of the profile's top {@code limit} admitted titles, best first, without explanations. */
    public List<String> topMediaIds(String profile, Filters filters, int limit) {
        Profiles.require(profile);
        return rank(profiles.get(profile), filters, limit).stream().map(r -> model.info(r.item()).mediaId()).toList();
    }

    /** A candidate index with its score. */
    public record Ranked(int item, double score) {
    }

    /** The top {@code limit} admitted candidates for the profile, best first. */
    public List<Ranked> rank(ProfileState state, Filters filters, int limit) {
        rankings.acquireUninterruptibly();
        try {
            return rankNow(state, filters, limit);
        } finally {
            rankings.release();
        }
    }

    private List<Ranked> rankNow(ProfileState state, Filters filters, int limit) {
        float[] scores = scores(state);
        ItemInfo[] infos = model.infos();
        TopK top = new TopK(limit);
        // Only a score above the current k-th can enter, so most of the catalog costs one compare; the history's
        // scores are -∞ and never pass.
        float threshold = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] <= threshold) {
                continue;
            }
            ItemInfo info = i < infos.length ? infos[i] : null;
            if (info != null && filters.admits(info) && !state.excludes(info.mediaId())) {
                top.offer(i, scores[i]);
                threshold = top.threshold();
            }
        }
        int[] ids = new int[top.size()];
        float[] values = new float[top.size()];
        top.drainDescending(ids, values);
        List<Ranked> ranked = new ArrayList<>(ids.length);
        for (int r = 0; r < ids.length; r++) {
            ranked.add(new Ranked(ids[r], values[r]));
        }
        return ranked;
    }

    public float[] scores(ProfileState state) {
        Evidence evidence = model.evidence();
        Prepared p = prepared(state, evidence.features());
        return scorer.score(p.signals(), evidence, p.head(), model.size());
    }

    /** The profile's signals as model indexes: ratings, then watches and dismissals of titles it did not rate. */
    public List<Signal> signals(ProfileState state) {
        return prepared(state, model.preferenceFeatures()).signals();
    }

    private Prepared prepared(ProfileState state, double[][] features) {
        if (features != preparedFor) {
            synchronized (prepared) {
                if (features != preparedFor) {
                    prepared.clear();
                    preparedFor = features;
                }
            }
        }
        Prepared p = prepared.get(state);
        if (p == null) {
            // Outside the map's lock: two requests may prepare the same state once each, which is harmless.
            List<Signal> signals = List.copyOf(signalsNow(state));
            p = new Prepared(signals, features == null ? null : Scorer.headWeights(signals, features));
            prepared.put(state, p);
        }
        return p;
    }

    private List<Signal> signalsNow(ProfileState state) {
        List<Signal> signals = new ArrayList<>();
        for (Map.Entry<String, Integer> rating : state.ratings().entrySet()) {
            model.indexOf(rating.getKey()).ifPresent(i -> signals.add(Signal.rated(i, rating.getValue())));
        }
        for (String watched : state.watched()) {
            if (!state.ratings().containsKey(watched)) {
                model.indexOf(watched).ifPresent(i -> signals.add(Signal.watched(i)));
            }
        }
        for (String dismissed : state.dismissed()) {
            if (!state.ratings().containsKey(dismissed)) {
                model.indexOf(dismissed).ifPresent(i -> signals.add(Signal.dismissed(i)));
            }
        }
        return signals;
    }

    public Recommendation toRecommendation(ProfileState state, Ranked ranked) {
        return toRecommendation(ranked, explainer.forProfile(state));
    }

    private Recommendation toRecommendation(Ranked ranked, Explainer.ForProfile explanations) {
        ItemInfo info = model.info(ranked.item());
        return new Recommendation(info.mediaId(), info.title(), info.year(), info.type(), ranked.score(),
                explanations.explain(ranked.item()));
    }

    /** Titles most like {@code mediaId} (content, crowd lists and co-ratings), optionally of one type. */
    public List<Recommendation> similar(String mediaId, MediaType type, Integer limit, String profile) {
        int i = model.indexOf(mediaId).filter(idx -> model.info(idx) != null && !model.info(idx).removed())
                .orElseThrow(() -> new UnknownItemException(mediaId));
        ProfileState state = profile == null ? ProfileState.EMPTY : profiles.get(profile);
        Filters filters = Filters.ofType(type);
        int n = effectiveLimit(limit);
        Map<Integer, Double> merged = new java.util.HashMap<>();
        addRow(merged, model.content().ids(i), model.content().sims(i), 1.0);
        addRow(merged, model.collaborative().ids(i), model.collaborative().sims(i), 1.0);
        addRow(merged, model.crowd().ids(i), model.crowd().sims(i), 1.0);
        TopK top = new TopK(n);
        merged.forEach((j, s) -> {
            ItemInfo info = model.info(j);
            if (info != null && filters.admits(info) && !state.excludes(info.mediaId())) {
                top.offer(j, s.floatValue());
            }
        });
        int[] ids = new int[top.size()];
        float[] values = new float[top.size()];
        top.drainDescending(ids, values);
        ItemInfo source = model.info(i);
        List<Recommendation> result = new ArrayList<>();
        for (int r = 0; r < ids.length; r++) {
            ItemInfo info = model.info(ids[r]);
            result.add(new Recommendation(info.mediaId(), info.title(), info.year(), info.type(), values[r],
                    explainer.explainSimilar(source, info)));
        }
        return result;
    }

    private static void addRow(Map<Integer, Double> merged, int[] ids, float[] sims, double weight) {
        for (int n = 0; n < ids.length; n++) {
            merged.merge(ids[n], weight * sims[n], Double::sum);
        }
    }

    public Optional<Integer> indexOf(String mediaId) {
        return model.indexOf(mediaId);
    }

    public int effectiveLimit(Integer limit) {
        if (limit == null) {
            return config.defaultLimit();
        }
        if (limit < 1) {
            throw new InvalidRequestException("limit must be at least 1, was " + limit);
        }
        return Math.min(limit, config.maxLimit());
    }
}
