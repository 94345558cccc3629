package io.plexrecommend.recommender.model;

import java.util.stream.IntStream;

/** Builds the content similarity matrix: every item's top-K by combined content similarity, rows in parallel. */
public final class SimilarityBuilder {

    private SimilarityBuilder() {
    }

    public static Neighbours build(ItemSpace space, ContentWeights weights, int k) {
        int n = space.size();
        Neighbours neighbours = new Neighbours(n, k);
        IntStream.range(0, n).parallel().forEach(i -> neighbours.setRow(i, space.similarities(i, weights)));
        return neighbours;
    }

    /** The incremental path: item {@code i} changed (new vector or metadata); recompute its row, offer it to others. */
    public static void update(Neighbours neighbours, ItemSpace space, ContentWeights weights, int i) {
        neighbours.growTo(space.size());
        float[] row = space.similarities(i, weights);
        neighbours.setRow(i, row);
        for (int j = 0; j < row.length; j++) {
            if (j != i && row[j] > 0) {
                int[] ids = neighbours.ids(j);
                float[] sims = neighbours.sims(j);
                if (ids.length < neighbours.k() || row[j] > sims[sims.length - 1]) {
                    neighbours.offer(j, i, row[j]);
                }
            }
        }
    }
}
