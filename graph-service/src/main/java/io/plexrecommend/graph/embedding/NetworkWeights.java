package io.plexrecommend.graph.embedding;

/**
 * The trained parameters, kept between runs so the next run starts warm. They depend only on the feature width and
 * layer sizes, not on the graph, so they carry over when items come and go.
 */
public record NetworkWeights(int in, int hidden, int out, float[] gcn, float[] gcnBias, float[] sageSelf,
        float[] sageNeighbours, float[] sageBias) {

    boolean fits(int in, int hidden, int out) {
        return this.in == in && this.hidden == hidden && this.out == out;
    }
}
