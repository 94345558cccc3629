package io.plexrecommend.recommender.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.recommender.FreshDatabaseTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The DJL/PyTorch fit reaches the ridge solution that the closed form gives for the same objective. A Quarkus test
 * only because the PyTorch natives can be loaded by one class loader per JVM, and the other tests load them in
 * Quarkus' (same resources as they, so the application is shared, not restarted).
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FreshDatabaseTestResource.class)
class LinearFitTest {

    @Test
    void gradientDescentOnPyTorchFindsTheRidgeSolution() {
        Random random = new Random(3);
        int n = 200;
        int d = 6;
        double[] truth = {0.5, -1.0, 0.25, 0.0, 2.0, -0.5};
        float[][] x = new float[n][d];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            double target = 0;
            for (int j = 0; j < d; j++) {
                x[i][j] = (float) random.nextGaussian() * 0.5f;
                target += truth[j] * x[i][j];
            }
            y[i] = (float) (target + random.nextGaussian() * 0.05);
        }
        double lambda = 0.01;

        LinearFit.Result fit = LinearFit.fit(x, y, lambda, 600, 0.5);

        double[] ridge = ridge(x, y, lambda);
        for (int j = 0; j < d; j++) {
            assertThat((double) fit.weights()[j]).as("weight %d", j).isCloseTo(ridge[j], within(0.02));
        }
        assertThat(fit.loss()).isLessThan(0.1);
    }

    /** argmin mean((Xw − y)²) + λ‖w‖²: (XᵀX/n + λI) w = Xᵀy/n, by Gaussian elimination. */
    private static double[] ridge(float[][] x, float[] y, double lambda) {
        int n = x.length;
        int d = x[0].length;
        double[][] a = new double[d][d + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                    a[j][k] += x[i][j] * x[i][k] / n;
                }
                a[j][d] += x[i][j] * y[i] / n;
            }
        }
        for (int j = 0; j < d; j++) {
            a[j][j] += lambda;
        }
        for (int p = 0; p < d; p++) {
            for (int r = p + 1; r < d; r++) {
                double f = a[r][p] / a[p][p];
                for (int c = p; c <= d; c++) {
                    a[r][c] -= f * a[p][c];
                }
            }
        }
        double[] w = new double[d];
        for (int r = d - 1; r >= 0; r--) {
            double s = a[r][d];
            for (int c = r + 1; c < d; c++) {
                s -= a[r][c] * w[c];
            }
            w[r] = s / a[r][r];
        }
        return w;
    }
}
