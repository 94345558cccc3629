package io.plexrecommend.recommender.model;

import io.plexrecommend.events.RelatedTitles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Item–item similarity from the crowd lists public sources give per title ({@link ModelItem#related()}): TMDB's
 * recommendations (computed from TMDB's users), its metadata-based similar titles, Plex's and Trakt's related titles.
 * A household has no strangers' ratings to learn co-ratings from; these lists are the crowd's co-ratings, already
 * summarised per title.
 *
 * <p>Title {@code j} at rank {@code r} of {@code i}'s list (weight {@code w} of its source) gives the edge
 * {@code i → j} the weight {@code w / (1 + decay × r)}, and the reverse edge {@code j → i} as much: a list says as
 * much about the titles it names as about the title it belongs to, and the reverse edges give obscure titles, which
 * have no list of their own, neighbours too. Edges from several lists add up. Rows keep the top K. A second hop
 * (neighbours' neighbours) and an RP3beta-style popularity damping were measured and lost (docs/evaluation.md).
 */
public final class CrowdSimilarity {

    /**
     * How the lists turn into edges (chosen on the household evaluation, docs/evaluation.md).
     *
     * @param reverse how much a reverse edge counts of its forward edge
     * @param decay the rank discount: rank r counts {@code 1 / (1 + decay × r)}
     */
    public record Shape(float reverse, float decay) {
        public static final Shape DEFAULT = new Shape(1f, 0.3f);
    }

    private CrowdSimilarity() {
    }

    /** How much a list of each source says; an unknown source says nothing. */
    static float sourceWeight(String source) {
        return switch (source) {
            case RelatedTitles.TMDB_RECOMMENDATIONS, RelatedTitles.TRAKT_RELATED -> 1.0f;
            case RelatedTitles.PLEX_SIMILAR -> 0.6f;
            case RelatedTitles.TMDB_SIMILAR -> 0.5f;
            default -> 0f;
        };
    }

    public static Neighbours build(ItemSpace space, int k) {
        return build(space, k, Shape.DEFAULT);
    }

    public static Neighbours build(ItemSpace space, int k, Shape shape) {
        List<ModelItem> items = space.items();
        int n = items.size();
        Map<String, Integer> byTmdb = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ModelItem item = items.get(i);
            if (item.tmdbId() != null) {
                byTmdb.putIfAbsent(item.type() + ":" + item.tmdbId(), i);
            }
        }
        @SuppressWarnings("unchecked")
        Map<Integer, Float>[] rows = new Map[n];
        for (int i = 0; i < n; i++) {
            ModelItem item = items.get(i);
            for (RelatedTitles list : item.related()) {
                float weight = sourceWeight(list.source());
                if (weight == 0) {
                    continue;
                }
                List<Long> ids = list.tmdbIds();
                for (int r = 0; r < ids.size(); r++) {
                    Integer j = byTmdb.get(item.type() + ":" + ids.get(r));
                    if (j == null || j == i) {
                        continue;
                    }
                    float edge = weight / (1 + shape.decay() * r);
                    add(rows, i, j, edge);
                    add(rows, j, i, shape.reverse() * edge);
                }
            }
        }
        Neighbours neighbours = new Neighbours(n, k);
        for (int i = 0; i < n; i++) {
            if (rows[i] == null) {
                continue;
            }
            TopK top = new TopK(k);
            rows[i].forEach(top::offer);
            neighbours.setRow(i, top);
        }
        return neighbours;
    }

    private static void add(Map<Integer, Float>[] rows, int from, int to, float weight) {
        if (rows[from] == null) {
            rows[from] = new HashMap<>();
        }
        rows[from].merge(to, weight, Float::sum);
    }
}
