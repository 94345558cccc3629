package io.plexrecommend.recommender.trainer;

import io.plexrecommend.recommender.model.ModelItem;
import io.plexrecommend.recommender.model.PreferenceFeatures;
import io.plexrecommend.recommender.model.Signal;
import io.plexrecommend.recommender.profile.ProfileState;
import io.plexrecommend.recommender.profile.ProfileStates;
import io.plexrecommend.recommender.recommendation.LiveModel;
import io.plexrecommend.recommender.recommendation.Recommender;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The fuller background retrain: for every profile whose signals changed since its last model (at most
 * {@value #PER_RUN} per run, most-rated first), fits a linear preference head over the preference features and the
 * item's text vector with DJL on PyTorch ({@link LinearFit}: squared error on the centred ratings + λ‖w‖²). The
 * closed-form Bayesian head answers at once on every rating; this one sees the text too and refines which card
 * {@code /next} shows. Progress goes to the trainer log.
 */
@ApplicationScoped
public class HeadTrainer {

    static final int PER_RUN = 100;
    static final int MIN_RATINGS = 5;
    static final int TEXT_DIMENSION = 384;
    static final double LAMBDA = 0.01;
    static final int STEPS = 200;
    static final double LEARNING_RATE = 0.2;

    private final ProfileStates profiles;
    private final LiveModel model;
    private final Recommender recommender;
    private final TrainedHeads heads;
    private final TrainerLog log;

    HeadTrainer(ProfileStates profiles, LiveModel model, Recommender recommender, TrainedHeads heads,
            TrainerLog log) {
        this.profiles = profiles;
        this.model = model;
        this.recommender = recommender;
        this.heads = heads;
        this.log = log;
    }

    @Scheduled(every = "${recommender.duties.retrain:15m}", delayed = "3m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retrain() {
        retrainChanged();
    }

    /** @return how many profiles were trained */
    public int retrainChanged() {
        List<Map.Entry<String, ProfileState>> due = profiles.all().entrySet().stream()
                .filter(e -> e.getValue().ratings().size() >= MIN_RATINGS)
                .filter(e -> heads.get(e.getKey()).map(h -> h.stateHash() != e.getValue().hashCode()).orElse(true))
                .sorted((a, b) -> b.getValue().ratings().size() - a.getValue().ratings().size())
                .limit(PER_RUN).toList();
        if (due.isEmpty()) {
            return 0;
        }
        long start = System.nanoTime();
        log.write("retrain", "training the preference models of " + due.size() + " profiles (DJL, PyTorch)", 0);
        int done = 0;
        for (Map.Entry<String, ProfileState> entry : due) {
            train(entry.getKey(), entry.getValue());
            done++;
            if (done % 20 == 0 && done < due.size()) {
                log.write("retrain", done + " of " + due.size() + " preference models trained", 100 * done / due.size());
            }
        }
        log.write("retrain", due.size() + " preference models trained in "
                + (System.nanoTime() - start) / 1_000_000 + " ms", 100);
        return done;
    }

    void train(String profile, ProfileState state) {
        List<Signal> rated = recommender.signals(state).stream().filter(s -> s.kind() == Signal.Kind.RATED).toList();
        if (rated.size() < MIN_RATINGS) {
            return;
        }
        double mean = rated.stream().mapToInt(Signal::rating).average().orElse(5.5);
        float[][] x = new float[rated.size()][];
        float[] y = new float[rated.size()];
        for (int r = 0; r < rated.size(); r++) {
            x[r] = input(model.space().item(rated.get(r).item()));
            y[r] = (float) ((rated.get(r).rating() - mean) / 4.5);
        }
        LinearFit.Result fit = LinearFit.fit(x, y, LAMBDA, STEPS, LEARNING_RATE);
        heads.put(profile, new TrainedHeads.TrainedHead(fit.weights(), state.hashCode(), Instant.now(), fit.loss()));
    }

    /** The trained head's input: preference features, then the text vector (zeros when the item has none yet). */
    public static float[] input(ModelItem item) {
        double[] features = PreferenceFeatures.of(item);
        float[] x = new float[features.length + TEXT_DIMENSION];
        for (int i = 0; i < features.length; i++) {
            x[i] = (float) features[i];
        }
        float[] text = item.textVector();
        if (text != null && text.length == TEXT_DIMENSION) {
            System.arraycopy(text, 0, x, features.length, TEXT_DIMENSION);
        }
        return x;
    }

    public static double predict(float[] weights, float[] input) {
        double s = 0;
        for (int i = 0; i < Math.min(weights.length, input.length); i++) {
            s += weights[i] * input[i];
        }
        return s;
    }
}
