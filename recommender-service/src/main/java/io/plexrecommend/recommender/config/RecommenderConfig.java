package io.plexrecommend.recommender.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the recommender ({@code recommender.*}, or env {@code RECOMMENDER_*}). */
@ConfigMapping(prefix = "recommender")
public interface RecommenderConfig {

    Recommendations recommendations();

    Model model();

    Duties duties();

    Dependencies dependencies();

    Lists lists();

    /** The recommendation lists published on {@code recommendation-lists} (Plex playlists are made from them). */
    interface Lists {

        /** Whether lists are published at all. */
        @WithDefault("true")
        boolean enabled();

        /**
         * How many titles a list holds, best first. More than a playlist shows (the scanner's default is 20): some
         * titles may not be on the consumer's Plex server.
         */
        @WithDefault("100")
        int size();

        /** Quiet time after a profile's last rating, watch or dismissal before its list is published: one per burst. */
        @WithDefault("30s")
        Duration debounce();

        /** How often every profile's list is published again, to follow new titles and model refreshes. */
        @WithDefault("6h")
        Duration every();

        /** How often profiles with changes are looked at (the debounce is checked at this granularity). */
        @WithDefault("5s")
        Duration check();
    }

    interface Recommendations {

        /** How many recommendations a request gets when it does not ask for a number. */
        @WithDefault("10")
        int defaultLimit();

        /** The most recommendations one request can get; larger requests are cut to this. */
        @WithDefault("100")
        int maxLimit();

        /** Ratings from this value up count as "liked" when a recommendation is explained. */
        @WithDefault("7")
        int likedRating();

        /**
         * How many rankings are computed at once; more requests wait in arrival order. Ranking is pure CPU, so by
         * default as many as the JVM has processors: 16 requests time-sliced on 2 cores all finish late, while in a
         * queue each waits only for those ahead of it (docs/benchmarks.md has the measurement).
         */
        java.util.OptionalInt concurrentRankings();

        /** How long an explanation waits for graph-service's shared attributes before it goes without them. */
        @WithDefault("PT0.5S")
        Duration graphTimeout();
    }

    interface Model {

        /** K of the top-K similarity matrices (content and collaborative). */
        @WithDefault("50")
        int neighbours();

        /**
         * K of the crowd matrix: its rows hold a title's own lists and the lists naming it, so they are longer than
         * the others (100 measured better than 50 on the household evaluation).
         */
        @WithDefault("100")
        int crowdNeighbours();

        /** Content similarity = these weights × the cosines of the metadata, text and graph vectors. */
        @WithDefault("0.6")
        double metadataWeight();

        @WithDefault("0.25")
        double textWeight();

        @WithDefault("0.15")
        double graphWeight();

        /** Co-ratings damping: two titles need about this many shared raters before their similarity counts fully. */
        @WithDefault("5")
        double collaborativeShrink();

        /** Votes a title needs before its own TMDB average counts as much as the catalog mean. */
        @WithDefault("200")
        int priorVotes();

        /** Blend weights of the ranking's standardised parts (see ScoringWeights). */
        @WithDefault("1.0")
        double collaborativeWeight();

        @WithDefault("1.0")
        double crowdWeight();

        @WithDefault("0.4")
        double contentWeight();

        @WithDefault("0.5")
        double popularityWeight();

        @WithDefault("0.3")
        double qualityWeight();

        @WithDefault("1.0")
        double ratingTilt();

        @WithDefault("0.6")
        double headWeight();

        /**
         * Profiles with ratings the system needs before its own co-ratings and popularity carry half their weight
         * (see ScoringWeights#community): a household is too small a crowd; 0 turns the damping off.
         */
        @WithDefault("50")
        double community();

        /**
         * Exploration of {@code /next}: the ratings after which the Bayesian head's posterior sample counts only half
         * (it shrinks as 1 / (1 + ratings / this)).
         */
        @WithDefault("50")
        int explorationHalfLife();
    }

    interface Duties {

        /** How often the collaborative matrix and priors are refreshed when ratings changed. */
        @WithDefault("30s")
        String collaborativeRefresh();

        /** How often the full content similarity matrix is rebuilt. */
        @WithDefault("1h")
        String similarityRebuild();

        /** How often the per-profile preference heads are retrained. */
        @WithDefault("15m")
        String retrain();

        /** How often missing and stale vectors are looked for. */
        @WithDefault("1h")
        String vectorCheck();

        /**
         * A stored content matrix older than this when the service starts is used at once and rebuilt in the
         * background; a younger one waits for the hourly rebuild.
         */
        @WithDefault("PT1H")
        Duration storedMatrixMaxAge();

        /** Vectors older than this are stale. */
        @WithDefault("P30D")
        Duration staleAfter();

        /**
         * A large change (a catalog import, a wave of new vectors) triggers a full content rebuild only once no item
         * changed for this long: rebuilding while an import streams in redid the O(n²) build every few thousand
         * items and took the CPU the embedding of that import needed. New items get their rows incrementally meanwhile.
         */
        @WithDefault("PT1M")
        Duration rebuildSettle();
    }

    interface Dependencies {

        /** How long a probe of embedding-service's and graph-service's readiness is reused. */
        @WithDefault("5s")
        Duration probeEvery();
    }
}
