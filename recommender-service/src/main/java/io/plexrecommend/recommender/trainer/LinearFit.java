package io.plexrecommend.recommender.trainer;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

/**
 * Fits a linear model with DJL on the PyTorch engine: minimises mean((Xw − y)²) + λ‖w‖² by full-batch gradient
 * descent with autograd. Used by the background trainer on inputs too wide for the closed-form path (the text
 * vector beside the preference features).
 */
public final class LinearFit {

    public static final String ENGINE = "PyTorch";

    static {
        // The natives come in the pytorch-native-cpu jar: never download anything at run time.
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        // DJL extracts the natives (~430 MB) under DJL_CACHE_DIR, default ~/.djl.ai; where the home directory is
        // read-only (the container image), use the temporary directory instead.
        if (System.getenv("DJL_CACHE_DIR") == null && System.getProperty("DJL_CACHE_DIR") == null
                && !java.nio.file.Files.isWritable(java.nio.file.Path.of(System.getProperty("user.home")))) {
            System.setProperty("DJL_CACHE_DIR", System.getProperty("java.io.tmpdir") + "/djl.ai");
        }
    }

    public record Result(float[] weights, double loss) {
    }

    private LinearFit() {
    }

    public static Result fit(float[][] x, float[] y, double lambda, int steps, double learningRate) {
        int n = x.length;
        int d = x[0].length;
        Engine engine = Engine.getEngine(ENGINE);
        try (NDManager manager = engine.newBaseManager()) {
            NDArray inputs = manager.create(x);
            NDArray targets = manager.create(y).reshape(n, 1);
            NDArray w = manager.zeros(new Shape(d, 1));
            w.setRequiresGradient(true);
            // Float scalars throughout: a double would promote the arrays to float64.
            double loss = Double.NaN;
            for (int step = 0; step < steps; step++) {
                try (GradientCollector collector = engine.newGradientCollector()) {
                    // PyTorch accumulates gradients across backward passes: start each step from zero.
                    collector.zeroGradients();
                    NDArray residual = inputs.matMul(w).sub(targets);
                    NDArray objective = residual.pow(2).mean().add(w.pow(2).sum().mul((float) lambda));
                    collector.backward(objective);
                    loss = objective.getFloat();
                }
                w.subi(w.getGradient().mul((float) learningRate));
            }
            return new Result(w.toFloatArray(), loss);
        }
    }
}
