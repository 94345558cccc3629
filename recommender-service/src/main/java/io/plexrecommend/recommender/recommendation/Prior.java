package io.plexrecommend.recommender.recommendation;

import io.plexrecommend.recommender.catalog.MediaItemEntity;
import java.util.Collection;

/**
 * What anyone would probably like, from 0 to 1: the vote average shrunk toward the catalog's mean by the number of
 * votes (a Bayesian average, so three 10/10 votes do not beat thousands of 8s), plus log popularity relative to the
 * most popular candidate.
 */
final class Prior {

    private static final double DEFAULT_MEAN = 6.5;

    private final double mean;
    private final double maxLogPopularity;
    private final int priorVotes;
    private final double popularityWeight;

    private Prior(double mean, double maxLogPopularity, int priorVotes, double popularityWeight) {
        this.mean = mean;
        this.maxLogPopularity = maxLogPopularity;
        this.priorVotes = priorVotes;
        this.popularityWeight = popularityWeight;
    }

    static Prior over(Collection<MediaItemEntity> items, int priorVotes, double popularityWeight) {
        double voteSum = 0;
        long voted = 0;
        double maxLog = 0;
        for (MediaItemEntity item : items) {
            if (item.voteAverage != null && item.voteCount != null && item.voteCount > 0) {
                voteSum += item.voteAverage;
                voted++;
            }
            maxLog = Math.max(maxLog, logPopularity(item));
        }
        return new Prior(voted == 0 ? DEFAULT_MEAN : voteSum / voted, maxLog, priorVotes, popularityWeight);
    }

    double of(MediaItemEntity item) {
        double votes = item.voteAverage == null || item.voteCount == null ? 0 : Math.max(0, item.voteCount);
        double average = votes == 0 ? mean : item.voteAverage;
        double bayesian = (votes * average + priorVotes * mean) / (votes + priorVotes);
        double popularity = maxLogPopularity == 0 ? 0 : logPopularity(item) / maxLogPopularity;
        return (1 - popularityWeight) * (bayesian / 10.0) + popularityWeight * popularity;
    }

    private static double logPopularity(MediaItemEntity item) {
        return item.popularity == null || item.popularity <= 0 ? 0 : Math.log1p(item.popularity);
    }
}
