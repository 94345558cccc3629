package io.plexrecommend.recommender.model;

/**
 * How the three item representations combine into one content similarity: a weighted sum of the cosines of the
 * metadata TF-IDF vectors, the text embeddings and the graph embeddings.
 */
public record ContentWeights(double metadata, double text, double graph) {

    public static final ContentWeights DEFAULT = new ContentWeights(0.6, 0.25, 0.15);
}
