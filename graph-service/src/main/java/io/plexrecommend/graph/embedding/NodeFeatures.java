package io.plexrecommend.graph.embedding;

import io.plexrecommend.graph.mapping.Relation;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * The input features of every node, row by row: {@code [projected text vector | node kind one-hot]}.
 * <ul>
 *   <li>An item with a text vector starts from its {@link TextProjection projection}.</li>
 *   <li>An attribute node starts from the mean of its items' vectors (the brief's rule), so "heist" starts where the
 *       heist films are.</li>
 *   <li>An item without a text vector (embedding-service has not caught up) starts from the mean of its attributes;
 *       one without either gets a fixed pseudo-random vector from its id, so it is still distinguishable.</li>
 * </ul>
 * The one-hot tells the network what a node is (item, genre, person as director, ...).
 */
public record NodeFeatures(float[] values, int width, int textDimension) {

    static final int KINDS = Relation.values().length + 1;

    /** The length of the items' text vectors (the first one found), or {@code fallback} when none has one. */
    public static int textDimension(GraphSnapshot graph, Function<String, Optional<float[]>> textVector,
            int fallback) {
        return graph.mediaIds().stream().map(textVector).flatMap(Optional::stream)
                .mapToInt(v -> v.length).findFirst().orElse(fallback);
    }

    /** Text vectors of another length than the projection's input are treated as missing. */
    public static NodeFeatures of(GraphSnapshot graph, Function<String, Optional<float[]>> textVector,
            TextProjection projection) {
        int textDim = projection.out();
        int width = textDim + KINDS;
        int items = graph.itemCount();
        float[] x = new float[graph.nodeCount() * width];
        boolean[] hasText = new boolean[items];
        for (int i = 0; i < items; i++) {
            Optional<float[]> vector = textVector.apply(graph.mediaIds().get(i))
                    .filter(v -> v.length == projection.in());
            if (vector.isPresent()) {
                projection.applyInto(vector.get(), x, i * width);
                hasText[i] = true;
            }
        }
        meanInto(graph, x, width, textDim, hasText);
        for (int i = 0; i < items; i++) {
            if (!hasText[i] && isZero(x, i * width, textDim)) {
                randomInto(graph.mediaIds().get(i), x, i * width, textDim);
            }
        }
        for (int i = 0; i < graph.nodeCount(); i++) {
            int kind = i < items ? 0 : 1 + graph.attributeRelation()[i - items];
            x[i * width + textDim + kind] = 1f;
        }
        return new NodeFeatures(x, width, textDim);
    }

    /** Attributes := mean of their items with text; then items without text := mean of their attributes. */
    private static void meanInto(GraphSnapshot g, float[] x, int width, int dim, boolean[] hasText) {
        int items = g.itemCount();
        int[] count = new int[g.nodeCount()];
        for (int e = 0; e < g.edgeCount(); e++) {
            int item = g.edgeItem()[e];
            if (hasText[item]) {
                int attribute = items + g.edgeAttribute()[e];
                add(x, item * width, attribute * width, dim);
                count[attribute]++;
            }
        }
        for (int a = items; a < g.nodeCount(); a++) {
            scale(x, a * width, dim, count[a]);
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            int item = g.edgeItem()[e];
            int attribute = items + g.edgeAttribute()[e];
            if (!hasText[item] && count[attribute] > 0) {
                add(x, attribute * width, item * width, dim);
                count[item]++;
            }
        }
        for (int i = 0; i < items; i++) {
            if (!hasText[i]) {
                scale(x, i * width, dim, count[i]);
            }
        }
    }

    private static void add(float[] x, int from, int to, int dim) {
        for (int k = 0; k < dim; k++) {
            x[to + k] += x[from + k];
        }
    }

    private static void scale(float[] x, int at, int dim, int count) {
        if (count > 1) {
            for (int k = 0; k < dim; k++) {
                x[at + k] /= count;
            }
        }
    }

    private static boolean isZero(float[] x, int at, int dim) {
        for (int k = 0; k < dim; k++) {
            if (x[at + k] != 0f) {
                return false;
            }
        }
        return true;
    }

    private static void randomInto(String mediaId, float[] x, int at, int dim) {
        Random random = new Random(mediaId.hashCode());
        double norm = Math.sqrt(dim);
        for (int k = 0; k < dim; k++) {
            x[at + k] = (float) (random.nextGaussian() / norm);
        }
    }
}
