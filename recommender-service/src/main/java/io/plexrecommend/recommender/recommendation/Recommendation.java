package io.plexrecommend.recommender.recommendation;

/** One recommendation as the API shows it. */
public record Recommendation(String mediaId, String title, Integer year, String type, double score,
        Explanation explanation) {
}
