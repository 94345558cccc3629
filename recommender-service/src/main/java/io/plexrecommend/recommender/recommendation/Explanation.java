package io.plexrecommend.recommender.recommendation;

import java.util.List;

/**
 * Why a title is offered: the rated titles it is closest to and what it shares with them in the knowledge graph.
 *
 * @param text the sentence people read, e.g. "Because you rated Heat 9/10 — same director (Michael Mann)"
 */
public record Explanation(String text, List<Because> because, List<Shared> shared) {

    public record Because(String mediaId, String title, int rating) {
    }

    public record Shared(String relation, String label) {
    }
}
