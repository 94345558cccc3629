package io.plexrecommend.graph.embedding;

import java.util.Random;

/**
 * A fixed random projection of the text vectors (MiniLM's 384 dimensions) down to a few dozen, applied once when the
 * features are built, before any layer. The first GCN layer's product was most of the training time, and it grows
 * with the input width; a Gaussian projection keeps the angles between vectors nearly unchanged
 * (Johnson–Lindenstrauss), which is all the network needs from the text. Drawn once and saved with the weights:
 * the weights only make sense on the projection they were trained with.
 *
 * @param matrix row-major {@code in × out}
 */
public record TextProjection(int in, int out, float[] matrix) {

    public TextProjection {
        if (matrix.length != in * out) {
            throw new IllegalArgumentException("a " + in + " x " + out + " projection needs " + in * out + " floats");
        }
    }

    /** Entries drawn from N(0, 1/out), so projected vectors keep about the length they had. */
    public static TextProjection random(int in, int out, long seed) {
        Random random = new Random(seed);
        float[] matrix = new float[in * out];
        double scale = 1 / Math.sqrt(out);
        for (int k = 0; k < matrix.length; k++) {
            matrix[k] = (float) (random.nextGaussian() * scale);
        }
        return new TextProjection(in, out, matrix);
    }

    /** Writes {@code vector · matrix} into {@code target} at {@code at}. */
    void applyInto(float[] vector, float[] target, int at) {
        for (int i = 0; i < in; i++) {
            float v = vector[i];
            if (v != 0f) {
                int row = i * out;
                for (int j = 0; j < out; j++) {
                    target[at + j] += v * matrix[row + j];
                }
            }
        }
    }
}
