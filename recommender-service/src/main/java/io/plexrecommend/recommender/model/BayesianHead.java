package io.plexrecommend.recommender.model;

import java.util.List;
import java.util.Random;

/**
 * A Bayesian linear regression of a profile's centred ratings on {@link PreferenceFeatures}: prior w ~ N(0, τ²I),
 * noise σ². The posterior N(μ, Σ) with Σ = (I/τ² + XᵀX/σ²)⁻¹ and μ = Σ Xᵀy/σ² is exact and closed-form, so a new
 * rating is reflected by recomputing it (d is small). Dismissals count as a mildly negative target, watches as a
 * mildly positive one. {@link #sample} draws w from the posterior for Thompson sampling: wide while the profile has
 * said little, narrow once it has said a lot.
 */
public final class BayesianHead {

    static final double PRIOR_VARIANCE = 1.0;
    static final double NOISE_VARIANCE = 0.5;

    public record Example(double[] x, double y) {
    }

    private final double[] mean;
    private final double[][] choleskyOfCovariance;

    private BayesianHead(double[] mean, double[][] choleskyOfCovariance) {
        this.mean = mean;
        this.choleskyOfCovariance = choleskyOfCovariance;
    }

    public static BayesianHead fit(List<Example> examples, int d) {
        double[][] precision = new double[d][d];
        double[] b = new double[d];
        for (int i = 0; i < d; i++) {
            precision[i][i] = 1 / PRIOR_VARIANCE;
        }
        for (Example e : examples) {
            for (int i = 0; i < d; i++) {
                if (e.x()[i] == 0) {
                    continue;
                }
                b[i] += e.x()[i] * e.y() / NOISE_VARIANCE;
                for (int j = 0; j < d; j++) {
                    precision[i][j] += e.x()[i] * e.x()[j] / NOISE_VARIANCE;
                }
            }
        }
        double[][] lPrecision = cholesky(precision);
        double[] mean = solve(lPrecision, b);
        // Σ = P⁻¹; a sample is μ + L⁻ᵀz where P = L Lᵀ (so Cov = L⁻ᵀL⁻¹ = P⁻¹): no inverse needed.
        return new BayesianHead(mean, lPrecision);
    }

    public double[] mean() {
        return mean.clone();
    }

    /** A draw from the posterior. */
    public double[] sample(Random random) {
        int d = mean.length;
        double[] z = new double[d];
        for (int i = 0; i < d; i++) {
            z[i] = random.nextGaussian();
        }
        double[] deviation = backSubstituteTransposed(choleskyOfCovariance, z);
        double[] w = new double[d];
        for (int i = 0; i < d; i++) {
            w[i] = mean[i] + deviation[i];
        }
        return w;
    }

    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j][j];
            }
        }
        return l;
    }

    /** Solves (L Lᵀ) x = b. */
    static double[] solve(double[][] l, double[] b) {
        int n = b.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * y[k];
            }
            y[i] = sum / l[i][i];
        }
        return backSubstituteTransposed(l, y);
    }

    /** Solves Lᵀ x = y. */
    static double[] backSubstituteTransposed(double[][] l, double[] y) {
        int n = y.length;
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k][i] * x[k];
            }
            x[i] = sum / l[i][i];
        }
        return x;
    }
}
