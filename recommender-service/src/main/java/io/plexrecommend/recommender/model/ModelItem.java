package io.plexrecommend.recommender.model;

import java.util.List;

/**
 * An item as the scoring model sees it: the metadata that becomes tokens, the quality numbers behind the prior, and
 * the learned vectors when they have arrived (null until then).
 *
 * @param textVector the sentence embedding of the item's text (embedding-service), L2-normalized, or null
 * @param featureVector the numeric/categorical feature vector (embedding-service {@code features-v1}), or null
 * @param graphVector the knowledge-graph embedding (graph-service), L2-normalized, or null
 */
public record ModelItem(String mediaId, String type, List<String> genres, List<String> keywords, List<String> cast,
        List<String> directors, String collection, String language, Integer year, Double voteAverage,
        Integer voteCount, Double popularity, float[] textVector, float[] featureVector, float[] graphVector) {

    public ModelItem {
        genres = genres == null ? List.of() : genres;
        keywords = keywords == null ? List.of() : keywords;
        cast = cast == null ? List.of() : cast;
        directors = directors == null ? List.of() : directors;
    }
}
