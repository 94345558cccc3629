package io.plexrecommend.graph.embedding;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A two-layer graph network over the item–attribute graph, on DJL's PyTorch engine, trained self-supervised by link
 * prediction. See the README ("Graph embeddings") for the why; in short:
 *
 * <pre>
 *   H1 = ReLU( Â X W1 + b1 )                      GCN layer: Â = D^-1/2 (A + I) D^-1/2, symmetric-normalized
 *   H2 = H1 Ws + (D^-1 A) H1 Wn + b2              GraphSAGE layer (mean aggregator, separate self weight)
 *   Z  = H2 / |H2|                                 one L2-normalized row per node
 *
 *   loss = mean over item–attribute edges (i,a) of  softplus(-s(i,a))
 *        + mean over k corrupted edges (i,a') of    softplus( s(i,a'))     a' drawn uniformly from the attributes
 *   s(i,a) = (z_i · z_a) / τ
 * </pre>
 *
 * That is binary cross-entropy of "is this attribute really linked to this item": minimizing it pulls an item towards
 * its own attributes and pushes it from random others, so items that share attributes end up close. Full-graph
 * training (every edge, every step) with Adam; the sparse matrices are fixed, only the five weight tensors learn.
 */
public class GraphSageGcn {

    private static final float TEMPERATURE = 0.2f;
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    private final int hidden;
    private final int out;
    private final int negatives;
    private final float learningRate;
    private final long seed;

    public GraphSageGcn(int hidden, int out, int negatives, float learningRate, long seed) {
        this.hidden = hidden;
        this.out = out;
        this.negatives = negatives;
        this.learningRate = learningRate;
        this.seed = seed;
    }

    /** Item vectors ({@code out} floats each, L2-normalized, in snapshot order) and the weights that made them. */
    public record Result(float[][] itemVectors, NetworkWeights weights, float firstLoss, float lastLoss,
            int epochs) {
    }

    /**
     * Trains for {@code epochs} full-graph steps, from {@code warm} when it fits the sizes (else from fresh random
     * weights), and returns every item's vector.
     */
    public Result train(GraphSnapshot graph, NodeFeatures features, NetworkWeights warm, int epochs) {
        int n = graph.nodeCount();
        int in = features.width();
        Random random = new Random(seed);
        NetworkWeights start = warm != null && warm.fits(in, hidden, out) ? warm : fresh(in, random);
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            // Autograd records only inside the GradientCollector. PyTorch's grad mode is per thread and on by default,
            // and the collector restores what it found, so on a fresh thread it would stay on and refuse the in-place
            // weight updates. (After the manager: the engine must have loaded its native library.)
            JniUtils.setGradMode(false);
            NDArray x = manager.create(FloatBuffer.wrap(features.values()), new Shape(n, in));
            NDArray propagated = gcnAdjacency(manager, graph).matMul(x);
            x.close();
            NDArray meanAdjacency = meanAdjacency(manager, graph);
            List<NDArray> params = List.of(
                    manager.create(start.gcn(), new Shape(in, hidden)),
                    manager.create(start.gcnBias(), new Shape(hidden)),
                    manager.create(start.sageSelf(), new Shape(hidden, out)),
                    manager.create(start.sageNeighbours(), new Shape(hidden, out)),
                    manager.create(start.sageBias(), new Shape(out)));
            params.forEach(p -> p.setRequiresGradient(true));
            Adam adam = new Adam(manager, params);
            NDArray positiveItems = manager.create(toLong(graph.edgeItem()));
            NDArray positiveAttributes = manager.create(offset(graph.edgeAttribute(), graph.itemCount()));
            float firstLoss = Float.NaN;
            float lastLoss = Float.NaN;
            for (int epoch = 0; epoch < epochs && graph.edgeCount() > 0 && !graph.attributes().isEmpty(); epoch++) {
                try (NDManager step = manager.newSubManager()) {
                    params.forEach(p -> p.tempAttach(step));
                    propagated.tempAttach(step);
                    meanAdjacency.tempAttach(step);
                    positiveItems.tempAttach(step);
                    positiveAttributes.tempAttach(step);
                    adam.tempAttach(step);
                    NDArray negativeItems = step.create(repeat(graph.edgeItem(), negatives));
                    NDArray negativeAttributes = step.create(randomAttributes(graph, random));
                    try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
                        NDArray z = forward(propagated, meanAdjacency, params);
                        NDArray positive = score(z, positiveItems, positiveAttributes);
                        NDArray negative = score(z, negativeItems, negativeAttributes);
                        NDArray loss = softplus(positive.neg()).mean().add(softplus(negative).mean());
                        collector.backward(loss);
                        lastLoss = loss.getFloat();
                        if (epoch == 0) {
                            firstLoss = lastLoss;
                        }
                    }
                    adam.step(params);
                }
            }
            float[][] vectors = itemVectors(forward(propagated, meanAdjacency, params), graph.itemCount());
            return new Result(vectors, weights(in, params), firstLoss, lastLoss, epochs);
        }
    }

    private static NDArray forward(NDArray propagated, NDArray meanAdjacency, List<NDArray> p) {
        NDArray h1 = Activation.relu(propagated.matMul(p.get(0)).add(p.get(1)));
        NDArray h2 = h1.matMul(p.get(2)).add(meanAdjacency.matMul(h1).matMul(p.get(3))).add(p.get(4));
        return h2.div(h2.norm(new int[] {1}, true).add(1e-6f));
    }

    private static NDArray score(NDArray z, NDArray items, NDArray attributes) {
        NDArray zi = z.get(new NDIndex("{}", items));
        NDArray za = z.get(new NDIndex("{}", attributes));
        return zi.mul(za).sum(new int[] {1}).div(TEMPERATURE);
    }

    /** log(1 + e^x), stable for large |x|: max(x, 0) + log(1 + e^-|x|). */
    private static NDArray softplus(NDArray x) {
        return x.maximum(0f).add(x.abs().neg().exp().add(1f).log());
    }

    private static float[][] itemVectors(NDArray z, int items) {
        float[] all = z.toFloatArray();
        int width = (int) z.getShape().get(1);
        float[][] vectors = new float[items][];
        for (int i = 0; i < items; i++) {
            vectors[i] = java.util.Arrays.copyOfRange(all, i * width, (i + 1) * width);
        }
        return vectors;
    }

    /** Â = D^-1/2 (A + I) D^-1/2 over the undirected item–attribute graph, as a sparse COO matrix. */
    private static NDArray gcnAdjacency(NDManager manager, GraphSnapshot g) {
        int n = g.nodeCount();
        int[] degree = degrees(g);
        int m = g.edgeCount();
        long[][] indices = new long[2][n + 2 * m];
        float[] values = new float[n + 2 * m];
        for (int i = 0; i < n; i++) {
            indices[0][i] = i;
            indices[1][i] = i;
            values[i] = 1f / (degree[i] + 1);
        }
        for (int e = 0; e < m; e++) {
            int item = g.edgeItem()[e];
            int attribute = g.itemCount() + g.edgeAttribute()[e];
            float w = (float) (1 / Math.sqrt((degree[item] + 1.0) * (degree[attribute] + 1.0)));
            put(indices, values, n + 2 * e, item, attribute, w);
            put(indices, values, n + 2 * e + 1, attribute, item, w);
        }
        return sparse(manager, indices, values, n);
    }

    /**
     * A sparse COO matrix whose indices and values PyTorch owns. DJL's {@code createCoo} builds them on Java direct
     * buffers and closes those arrays at once, while the sparse tensor still points into their memory: once the
     * garbage collector frees the buffers, the matrix reads garbage ("index out of row bound"). Cloning first gives
     * the sparse tensor memory of its own.
     */
    private static NDArray sparse(NDManager manager, long[][] indices, float[] values, int n) {
        try (NDArray javaIndices = manager.create(indices); NDArray javaValues = manager.create(values)) {
            PtNDArray ownedIndices = (PtNDArray) javaIndices.duplicate();
            PtNDArray ownedValues = (PtNDArray) javaValues.duplicate();
            return JniUtils.createSparseCoo(ownedIndices, ownedValues, new Shape(n, n));
        }
    }

    /** D^-1 A: each node's neighbours averaged (no self loop; GraphSAGE keeps the self term separate). */
    private static NDArray meanAdjacency(NDManager manager, GraphSnapshot g) {
        int n = g.nodeCount();
        int[] degree = degrees(g);
        int m = g.edgeCount();
        long[][] indices = new long[2][2 * m];
        float[] values = new float[2 * m];
        for (int e = 0; e < m; e++) {
            int item = g.edgeItem()[e];
            int attribute = g.itemCount() + g.edgeAttribute()[e];
            put(indices, values, 2 * e, item, attribute, 1f / degree[item]);
            put(indices, values, 2 * e + 1, attribute, item, 1f / degree[attribute]);
        }
        return sparse(manager, indices, values, n);
    }

    private static void put(long[][] indices, float[] values, int at, int row, int column, float value) {
        indices[0][at] = row;
        indices[1][at] = column;
        values[at] = value;
    }

    private static int[] degrees(GraphSnapshot g) {
        int[] degree = new int[g.nodeCount()];
        for (int e = 0; e < g.edgeCount(); e++) {
            degree[g.edgeItem()[e]]++;
            degree[g.itemCount() + g.edgeAttribute()[e]]++;
        }
        return degree;
    }

    private long[] randomAttributes(GraphSnapshot g, Random random) {
        long[] sampled = new long[g.edgeCount() * negatives];
        int attributes = g.attributes().size();
        for (int k = 0; k < sampled.length; k++) {
            sampled[k] = g.itemCount() + random.nextInt(attributes);
        }
        return sampled;
    }

    private static long[] repeat(int[] values, int times) {
        long[] repeated = new long[values.length * times];
        for (int t = 0; t < times; t++) {
            for (int k = 0; k < values.length; k++) {
                repeated[t * values.length + k] = values[k];
            }
        }
        return repeated;
    }

    private static long[] toLong(int[] values) {
        return java.util.Arrays.stream(values).asLongStream().toArray();
    }

    private static long[] offset(int[] values, int by) {
        return java.util.Arrays.stream(values).asLongStream().map(v -> v + by).toArray();
    }

    private NetworkWeights fresh(int in, Random random) {
        return new NetworkWeights(in, hidden, out, xavier(in, hidden, random), new float[hidden],
                xavier(hidden, out, random), xavier(hidden, out, random), new float[out]);
    }

    private static float[] xavier(int in, int out, Random random) {
        float bound = (float) Math.sqrt(6.0 / (in + out));
        float[] w = new float[in * out];
        for (int k = 0; k < w.length; k++) {
            w[k] = (random.nextFloat() * 2 - 1) * bound;
        }
        return w;
    }

    private NetworkWeights weights(int in, List<NDArray> p) {
        return new NetworkWeights(in, hidden, out, p.get(0).toFloatArray(), p.get(1).toFloatArray(),
                p.get(2).toFloatArray(), p.get(3).toFloatArray(), p.get(4).toFloatArray());
    }

    /** Adam, with its moment estimates kept in the run's manager (DJL's optimizer keeps them beside the weight). */
    private final class Adam {

        private final List<NDArray> firstMoments = new ArrayList<>();
        private final List<NDArray> secondMoments = new ArrayList<>();
        private int t;

        Adam(NDManager manager, List<NDArray> params) {
            for (NDArray p : params) {
                firstMoments.add(manager.zeros(p.getShape()));
                secondMoments.add(manager.zeros(p.getShape()));
            }
        }

        /** Keeps the step's temporaries (computed from the moments) out of the run's manager. */
        void tempAttach(NDManager step) {
            firstMoments.forEach(m -> m.tempAttach(step));
            secondMoments.forEach(v -> v.tempAttach(step));
        }

        void step(List<NDArray> params) {
            t++;
            float correction1 = 1 - (float) Math.pow(BETA1, t);
            float correction2 = 1 - (float) Math.pow(BETA2, t);
            for (int k = 0; k < params.size(); k++) {
                NDArray param = params.get(k);
                NDArray grad = param.getGradient();
                NDArray m = firstMoments.get(k).muli(BETA1).addi(grad.mul(1 - BETA1));
                NDArray v = secondMoments.get(k).muli(BETA2).addi(grad.square().mul(1 - BETA2));
                NDArray update = m.div(correction1).div(v.div(correction2).sqrt().add(EPSILON)).mul(learningRate);
                param.subi(update);
                grad.subi(grad);
            }
        }
    }
}
