package io.plexrecommend.recommender.model;

import io.plexrecommend.events.RelatedTitles;
import java.util.List;

/**
 * An item as the scoring model sees it: the metadata that becomes tokens, the quality numbers behind the prior, and
 * the learned vectors when they have arrived (null until then).
 *
 * @param textVector the sentence embedding of the item's text (embedding-service), L2-normalized here, or null
 * @param featureVector the numeric/categorical feature vector (embedding-service {@code features-v1}), or null
 * @param graphVector the knowledge-graph embedding (graph-service), L2-normalized here, or null
 * @param tmdbId the title's TMDB id (of its type), by which crowd lists name it; null when unknown
 * @param related the crowd lists public sources give for the title ({@link CrowdSimilarity})
 */
public record ModelItem(String mediaId, String type, List<String> genres, List<String> keywords, List<String> cast,
        List<String> directors, String collection, String language, Integer year, Double voteAverage,
        Integer voteCount, Double popularity, float[] textVector, float[] featureVector, float[] graphVector,
        Long tmdbId, List<RelatedTitles> related) {

    public ModelItem {
        genres = genres == null ? List.of() : genres;
        keywords = keywords == null ? List.of() : keywords;
        cast = cast == null ? List.of() : cast;
        directors = directors == null ? List.of() : directors;
        related = related == null ? List.of() : related;
        textVector = unit(textVector);
        graphVector = unit(graphVector);
    }

    /**
     * The vector scaled to length 1, in place: the item space keeps these arrays for its dot products instead of
     * normalized copies, which at 20,000 items would hold another 30 MB of heap. Null for a missing or zero vector.
     */
    private static float[] unit(float[] vector) {
        if (vector == null) {
            return null;
        }
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm == 0) {
            return null;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < vector.length; d++) {
            vector[d] *= scale;
        }
        return vector;
    }
}
