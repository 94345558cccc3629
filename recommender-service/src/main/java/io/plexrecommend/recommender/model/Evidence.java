package io.plexrecommend.recommender.model;

/**
 * Everything a ranking reads besides the profile's own signals, as of one moment: the item–item matrices, the
 * priors and the preference features. Built by whoever owns the model (the service's live model, the offline
 * evaluation); immutable from the scorer's point of view.
 *
 * @param collaborative co-ratings among this system's profiles ({@link CoRatingSimilarity})
 * @param crowd the public crowd lists ({@link CrowdSimilarity})
 * @param content metadata, text and graph similarity ({@link SimilarityBuilder})
 * @param features every item's {@link PreferenceFeatures} (null, or shorter than the catalog: no head part)
 * @param profiles how many profiles of this system have ratings (see {@link ScoringWeights#community()})
 */
public record Evidence(Neighbours collaborative, Neighbours crowd, Neighbours content, ItemPriors priors,
        double[][] features, int profiles) {
}
