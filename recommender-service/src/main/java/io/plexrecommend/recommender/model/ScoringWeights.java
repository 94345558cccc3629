package io.plexrecommend.recommender.model;

/**
 * The blend of the ranking's parts, each standardised over the profile's candidates first (so the weights compare
 * like with like): collaborative (titles rated by the same profiles of this system as this profile's titles), crowd
 * (titles on the public crowd lists of this profile's titles, {@link CrowdSimilarity}), content (titles similar to
 * what the profile liked), popularity in this system (how many profiles rated the title), quality (Bayesian-averaged
 * TMDB vote and log vote count) and the profile's own preference head (its {@link BayesianHead} posterior mean on
 * {@link PreferenceFeatures}: which genres, eras and kinds of title it rates above its mean).
 *
 * @param ratingTilt how much the rating itself (relative to the profile's mean) moves a history item's pull in the
 *        collaborative and crowd parts, on top of the "rated it at all" interest signal
 * @param community how many profiles with ratings the system needs before its own co-ratings and popularity count
 *        half their weight: a household of a few profiles is too small a crowd to learn co-ratings from, a system of
 *        hundreds is not (the weight of those two parts is multiplied by {@code profiles / (profiles + community)})
 */
public record ScoringWeights(double collaborative, double crowd, double content, double popularity, double quality,
        double ratingTilt, double head, double community) {

    public static final ScoringWeights DEFAULT = new ScoringWeights(1.0, 1.0, 0.4, 0.5, 0.3, 1.0, 0.6, 50);

    /** How much of their weight the system's own co-ratings and popularity carry with this many profiles. */
    double communityShare(int profiles) {
        return community <= 0 ? 1 : profiles / (profiles + community);
    }
}
