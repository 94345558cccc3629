package io.plexrecommend.recommender.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the recommender ({@code recommender.*}, or env {@code RECOMMENDER_*}). */
@ConfigMapping(prefix = "recommender")
public interface RecommenderConfig {

    Recommendations recommendations();

    interface Recommendations {

        /** How many recommendations a request gets when it does not ask for a number. */
        @WithDefault("10")
        int defaultLimit();

        /** The most recommendations one request can get; larger requests are cut to this. */
        @WithDefault("100")
        int maxLimit();

        /**
         * How many votes a title needs before its own vote average counts as much as the catalog's mean: the weight
         * of the Bayesian prior, so that a 10/10 from three voters does not top the list.
         */
        @WithDefault("200")
        int priorVotes();

        /** Share of the popularity term in the prior (0 to 1); the rest is the shrunk vote average. */
        @WithDefault("0.2")
        double popularityWeight();

        /** Share of taste similarity in a personal score (0 to 1); the rest is the prior. */
        @WithDefault("0.7")
        double similarityWeight();

        /** Ratings from this value up count as "liked" when a recommendation is explained. */
        @WithDefault("7")
        int likedRating();
    }
}
