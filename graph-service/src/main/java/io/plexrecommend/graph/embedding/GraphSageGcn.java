package io.plexrecommend.graph.embedding;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.Activation;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A two-layer graph network over the item–attribute graph, on DJL's PyTorch engine, trained self-supervised by link
 * prediction. See the README ("Graph embeddings") for the why; in short:
 *
 * <pre>
 *   X  = [ text vector · P | node kind one-hot ]   P: the fixed {@link TextProjection} (384 → 64)
 *   H1 = ReLU( (Â X) W1 + b1 )                     GCN layer: Â = D^-1/2 (A + I) D^-1/2; Â X is computed once
 *   H2 = H1 Ws + (D^-1 A)(H1 Wn) + b2              GraphSAGE layer (mean aggregator, separate self weight)
 *   Z  = H2 / |H2|                                 one L2-normalized row per node
 *
 *   loss = mean over a mini-batch of item–attribute edges (i,a) of  softplus(-s(i,a))
 *        + mean over k corrupted edges (i,a') per edge of           softplus( s(i,a'))   a' uniform over attributes
 *   s(i,a) = (z_i · z_a) / τ
 * </pre>
 *
 * That is binary cross-entropy of "is this attribute really linked to this item": minimizing it pulls an item towards
 * its own attributes and pushes it from random others, so items that share attributes end up close. Every step runs
 * the whole graph forward (two small dense products and one sparse one) but scores only a mini-batch of edges, with
 * Adam. A sample of edges is held out of the gradient steps; training stops once their loss stops falling.
 */
public class GraphSageGcn {

    private static final float TEMPERATURE = 0.2f;
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;
    /** Early stopping: held-out loss checked every this many steps ... */
    static final int EVALUATE_EVERY = 10;
    /** ... and training stops after this many checks in a row that improved it by less than MIN_IMPROVEMENT. */
    private static final int PATIENCE = 2;
    private static final float MIN_IMPROVEMENT = 0.005f;
    /** Graphs with fewer edges evaluate on all of them (a held-out twentieth would be noise). */
    private static final int MIN_EDGES_TO_HOLD_OUT = 200;
    private static final int MAX_HELD_OUT = 4096;

    private final int hidden;
    private final int out;
    private final int negatives;
    private final float learningRate;
    private final long seed;
    private final int batchEdges;

    public GraphSageGcn(int hidden, int out, int negatives, float learningRate, long seed, int batchEdges) {
        this.hidden = hidden;
        this.out = out;
        this.negatives = negatives;
        this.learningRate = learningRate;
        this.seed = seed;
        this.batchEdges = batchEdges;
    }

    /**
     * Item vectors ({@code out} floats each, L2-normalized, in snapshot order), the weights that made them (those with
     * the lowest held-out loss the run saw, the starting weights included), the held-out loss before the first step
     * and of those weights, and the steps taken.
     */
    public record Result(float[][] itemVectors, NetworkWeights weights, float firstLoss, float lastLoss, int steps,
            boolean converged) {
    }

    /**
     * Trains for at most {@code maxSteps} mini-batch steps (fewer once the held-out loss stops falling), from
     * {@code warm} when it fits the sizes (else from fresh random weights), and returns every item's vector.
     */
    public Result train(GraphSnapshot graph, NodeFeatures features, NetworkWeights warm, int maxSteps) {
        int n = graph.nodeCount();
        int in = features.width();
        // Sampling has a generator of its own, so a warm run holds out and corrupts the same edges as the run before
        // it (its first held-out loss is that run's last one) whether or not fresh weights were drawn.
        Random random = new Random(seed + 1);
        NetworkWeights start = warm != null && warm.fits(in, hidden, out) ? warm : fresh(in, new Random(seed));
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            // Autograd records only inside the GradientCollector. PyTorch's grad mode is per thread and on by default,
            // and the collector restores what it found, so on a fresh thread it would stay on and refuse the in-place
            // weight updates. (After the manager: the engine must have loaded its native library.)
            JniUtils.setGradMode(false);
            NDArray propagated;
            try (NDArray x = manager.create(FloatBuffer.wrap(features.values()), new Shape(n, in));
                    NDArray gcn = gcnAdjacency(manager, graph)) {
                propagated = gcn.matMul(x);
            }
            NDArray meanAdjacency = meanAdjacency(manager, graph);
            List<NDArray> params = List.of(
                    manager.create(start.gcn(), new Shape(in, hidden)),
                    manager.create(start.gcnBias(), new Shape(hidden)),
                    manager.create(start.sageSelf(), new Shape(hidden, out)),
                    manager.create(start.sageNeighbours(), new Shape(hidden, out)),
                    manager.create(start.sageBias(), new Shape(out)));
            params.forEach(p -> p.setRequiresGradient(true));
            Adam adam = new Adam(manager, params);
            EdgeSplit edges = EdgeSplit.of(graph, random);
            Batch heldOut = edges.heldOutBatch(manager, graph, negatives, random);
            float firstLoss = loss(manager, heldOut, propagated, meanAdjacency, params);
            float best = firstLoss;
            // The weights at the best held-out loss are the run's result: a warm run's first Adam steps (fresh
            // moments, full-size updates) can leave the saved optimum and not find back within the patience.
            NetworkWeights bestWeights = start;
            int stale = 0;
            int steps = 0;
            boolean trainable = edges.training().length > 0 && !graph.attributes().isEmpty();
            while (trainable && steps < maxSteps && stale < PATIENCE) {
                try (NDManager step = manager.newSubManager()) {
                    params.forEach(p -> p.tempAttach(step));
                    propagated.tempAttach(step);
                    meanAdjacency.tempAttach(step);
                    adam.tempAttach(step);
                    Batch batch = Batch.of(step, graph, edges.next(batchEdges, random), negatives, random);
                    try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
                        collector.backward(batch.lossArray(forward(propagated, meanAdjacency, params)));
                    }
                    adam.step(params);
                }
                steps++;
                if (steps % EVALUATE_EVERY == 0 || steps == maxSteps) {
                    float current = loss(manager, heldOut, propagated, meanAdjacency, params);
                    stale = current < best * (1 - MIN_IMPROVEMENT) ? 0 : stale + 1;
                    if (current < best) {
                        best = current;
                        bestWeights = weights(in, params);
                    }
                }
            }
            for (int k = 0; k < params.size(); k++) {
                params.get(k).set(FloatBuffer.wrap(bestWeights.arrays()[k]));
            }
            float[][] vectors = itemVectors(forward(propagated, meanAdjacency, params), graph.itemCount());
            return new Result(vectors, bestWeights, firstLoss, best, steps, stale >= PATIENCE);
        }
    }

    /** The batch's loss under the current weights, its temporaries released at once. */
    private static float loss(NDManager manager, Batch batch, NDArray propagated, NDArray meanAdjacency,
            List<NDArray> params) {
        try (NDManager scratch = manager.newSubManager()) {
            params.forEach(p -> p.tempAttach(scratch));
            propagated.tempAttach(scratch);
            meanAdjacency.tempAttach(scratch);
            batch.tempAttach(scratch);
            return batch.lossArray(forward(propagated, meanAdjacency, params)).getFloat();
        }
    }

    private static NDArray forward(NDArray propagated, NDArray meanAdjacency, List<NDArray> p) {
        NDArray h1 = Activation.relu(propagated.matMul(p.get(0)).add(p.get(1)));
        // (D^-1 A) H1 Wn as (D^-1 A)(H1 Wn): the sparse product on out columns instead of hidden ones.
        NDArray h2 = h1.matMul(p.get(2)).add(meanAdjacency.matMul(h1.matMul(p.get(3)))).add(p.get(4));
        return h2.div(h2.norm(new int[] {1}, true).add(1e-6f));
    }

    private static float[][] itemVectors(NDArray z, int items) {
        float[] all = z.toFloatArray();
        int width = (int) z.getShape().get(1);
        float[][] vectors = new float[items][];
        for (int i = 0; i < items; i++) {
            vectors[i] = Arrays.copyOfRange(all, i * width, (i + 1) * width);
        }
        return vectors;
    }

    /** The edges whose loss drives the steps, and the held-out sample that decides when to stop. */
    private record EdgeSplit(int[] training, int[] heldOut, int[] cursor) {

        static EdgeSplit of(GraphSnapshot graph, Random random) {
            int[] all = shuffled(graph.edgeCount(), random);
            if (all.length < MIN_EDGES_TO_HOLD_OUT) {
                return new EdgeSplit(all, all, new int[1]);
            }
            int held = Math.min(all.length / 20, MAX_HELD_OUT);
            return new EdgeSplit(Arrays.copyOfRange(all, held, all.length), Arrays.copyOf(all, held), new int[1]);
        }

        /** The next mini-batch, walking the training edges in an order reshuffled at each pass. */
        int[] next(int size, Random random) {
            int[] batch = new int[Math.min(size, training.length)];
            for (int k = 0; k < batch.length; k++) {
                if (cursor[0] == training.length) {
                    shuffle(training, random);
                    cursor[0] = 0;
                }
                batch[k] = training[cursor[0]++];
            }
            return batch;
        }

        Batch heldOutBatch(NDManager manager, GraphSnapshot graph, int negatives, Random random) {
            return Batch.of(manager, graph, heldOut, negatives, random);
        }

        private static int[] shuffled(int count, Random random) {
            int[] order = new int[count];
            for (int k = 0; k < count; k++) {
                order[k] = k;
            }
            shuffle(order, random);
            return order;
        }

        private static void shuffle(int[] values, Random random) {
            for (int k = values.length - 1; k > 0; k--) {
                int j = random.nextInt(k + 1);
                int swap = values[k];
                values[k] = values[j];
                values[j] = swap;
            }
        }
    }

    /** Node rows of some real edges and of {@code negatives} corrupted copies of each (same item, random attribute). */
    private record Batch(NDArray positiveItems, NDArray positiveAttributes, NDArray negativeItems,
            NDArray negativeAttributes) {

        static Batch of(NDManager manager, GraphSnapshot g, int[] edges, int negatives, Random random) {
            int items = g.itemCount();
            int attributes = g.attributes().size();
            long[] positiveItems = new long[edges.length];
            long[] positiveAttributes = new long[edges.length];
            long[] negativeItems = new long[edges.length * negatives];
            long[] negativeAttributes = new long[edges.length * negatives];
            for (int k = 0; k < edges.length; k++) {
                positiveItems[k] = g.edgeItem()[edges[k]];
                positiveAttributes[k] = items + g.edgeAttribute()[edges[k]];
                for (int c = 0; c < negatives; c++) {
                    negativeItems[k * negatives + c] = positiveItems[k];
                    negativeAttributes[k * negatives + c] = items + random.nextInt(Math.max(1, attributes));
                }
            }
            return new Batch(manager.create(positiveItems), manager.create(positiveAttributes),
                    manager.create(negativeItems), manager.create(negativeAttributes));
        }

        NDArray lossArray(NDArray z) {
            NDArray positive = score(z, positiveItems, positiveAttributes);
            NDArray negative = score(z, negativeItems, negativeAttributes);
            return softplus(positive.neg()).mean().add(softplus(negative).mean());
        }

        void tempAttach(NDManager manager) {
            List.of(positiveItems, positiveAttributes, negativeItems, negativeAttributes)
                    .forEach(a -> a.tempAttach(manager));
        }

        private static NDArray score(NDArray z, NDArray items, NDArray attributes) {
            return rows(z, items).mul(rows(z, attributes)).sum(new int[] {1}).div(TEMPERATURE);
        }

        /**
         * The given rows of {@code table}, through PyTorch's embedding lookup: an index_select with a plain
         * scatter-add backward, several times faster here than DJL's general {@code NDIndex} path.
         */
        private static NDArray rows(NDArray table, NDArray indices) {
            return table.getNDArrayInternal().embedding(indices, table, SparseFormat.DENSE).singletonOrThrow();
        }

        /** log(1 + e^x), stable for large |x|: max(x, 0) + log(1 + e^-|x|). */
        private static NDArray softplus(NDArray x) {
            return x.maximum(0f).add(x.abs().neg().exp().add(1f).log());
        }
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
