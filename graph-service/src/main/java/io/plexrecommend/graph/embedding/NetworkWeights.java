package io.plexrecommend.graph.embedding;

/**
 * The trained parameters, kept between runs (and saved, see {@link GraphModelFile}) so the next run starts warm.
 * They depend only on the feature width and layer sizes, not on the graph, so they carry over when items come and go.
 */
public record NetworkWeights(int in, int hidden, int out, float[] gcn, float[] gcnBias, float[] sageSelf,
        float[] sageNeighbours, float[] sageBias) {

    public NetworkWeights {
        if (gcn.length != in * hidden || gcnBias.length != hidden || sageSelf.length != hidden * out
                || sageNeighbours.length != hidden * out || sageBias.length != out) {
            throw new IllegalArgumentException("weights of other sizes than " + in + " x " + hidden + " x " + out);
        }
    }

    /** The five tensors in the order the network uses them. */
    float[][] arrays() {
        return new float[][] {gcn, gcnBias, sageSelf, sageNeighbours, sageBias};
    }

    boolean fits(int in, int hidden, int out) {
        return this.in == in && this.hidden == hidden && this.out == out;
    }
}
