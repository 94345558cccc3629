package io.plexrecommend.recommender.recommendation;

/** One recommendation as the API shows it. */
public record Recommendation(String mediaId, String title, Integer year, String type, double score, String reason) {

    static Recommendation of(ScoredItem scored) {
        var item = scored.item();
        return new Recommendation(item.mediaId, item.title, item.year, item.type,
                Math.round(scored.score() * 10_000) / 10_000.0, scored.reason());
    }
}
