package io.plexrecommend.recommender.model;

/**
 * The blend of the ranking's parts, each standardised over the profile's candidates first (so the weights compare
 * like with like): collaborative (titles rated by the same profiles as this profile's titles), content (titles
 * similar to what the profile liked), popularity in this system (how many profiles rated the title), and quality
 * (Bayesian-averaged TMDB vote and log vote count).
 *
 * and the profile's own preference head (its {@link BayesianHead} posterior mean on {@link PreferenceFeatures}:
 * which genres, eras and kinds of title it rates above its mean).
 *
 * @param ratingTilt how much the rating itself (relative to the profile's mean) moves a history item's pull in the
 *        collaborative part, on top of the "rated it at all" interest signal
 */
public record ScoringWeights(double collaborative, double content, double popularity, double quality,
        double ratingTilt, double head) {

    public static final ScoringWeights DEFAULT = new ScoringWeights(1.0, 0.5, 0.5, 0.3, 1.0, 0.3);
}
