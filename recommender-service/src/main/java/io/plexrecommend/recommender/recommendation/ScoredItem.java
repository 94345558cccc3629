package io.plexrecommend.recommender.recommendation;

import io.plexrecommend.recommender.catalog.MediaItemEntity;

/** A candidate with its score and the sentence that explains it. */
public record ScoredItem(MediaItemEntity item, double score, String reason) {
}
