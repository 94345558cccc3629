package io.plexrecommend.recommender.model;

import java.util.List;

/**
 * The items a profile can still be offered (all but its history), and the standardisation of score parts over them:
 * each part enters the blend as {@code weight × (value − mean) / std}, mean and std taken over the candidates, so
 * parts on different scales weigh what their weights say.
 *
 * <p>This is the hot loop of every recommendation (five parts × every item), so a part's statistics come from one
 * branch-free pass over all items minus the few history items, and the blend is a multiply-add the JIT vectorises
 * rather than a division per item.
 */
final class Candidates {

    private final int items;
    /** The excluded indices, each once. */
    private final int[] excludedList;
    private final int candidates;

    private Candidates(int items, int[] excludedList) {
        this.items = items;
        this.excludedList = excludedList;
        this.candidates = items - excludedList.length;
    }

    static Candidates excluding(List<Signal> history, int items) {
        boolean[] excluded = new boolean[items];
        int[] list = new int[history.size()];
        int n = 0;
        for (Signal signal : history) {
            int i = signal.item();
            if (i < items && !excluded[i]) {
                excluded[i] = true;
                list[n++] = i;
            }
        }
        return new Candidates(items, java.util.Arrays.copyOf(list, n));
    }

    /** Replaces {@code values} by {@code weight × z(values)} in place (by zeros when the part has no spread). */
    void standardise(float[] values, double weight) {
        Affine z = zScore(values, values.length, weight);
        if (z == null) {
            java.util.Arrays.fill(values, 0f);
            return;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = z.scale * values[i] + z.shift;
        }
    }

    /**
     * Adds {@code weight × z(values)} to {@code total} for the items both arrays cover; a part without spread (or
     * without candidates) adds nothing.
     */
    void addStandardised(float[] total, float[] values, double weight) {
        int n = Math.min(total.length, values.length);
        Affine z = zScore(values, n, weight);
        if (z == null) {
            return;
        }
        for (int i = 0; i < n; i++) {
            total[i] += z.scale * values[i] + z.shift;
        }
    }

    /** {@code weight × z(v)} as {@code scale × v + shift}; null when it would add nothing. */
    private Affine zScore(float[] values, int n, double weight) {
        if (weight == 0) {
            return null;
        }
        double[] moments = moments(values, n);
        int count = n == items ? candidates : countCandidates(n);
        if (count == 0) {
            return null;
        }
        double mean = moments[0] / count;
        double std = Math.sqrt(Math.max(0, moments[1] / count - mean * mean));
        if (std < 1e-9) {
            return null;
        }
        return new Affine((float) (weight / std), (float) (-weight * mean / std));
    }

    private record Affine(float scale, float shift) {
    }

    void markExcluded(float[] total) {
        for (int i : excludedList) {
            if (i < total.length) {
                total[i] = Float.NEGATIVE_INFINITY;
            }
        }
    }

    /**
     * Sum and sum of squares over the candidates among the first {@code n}: all items, four independent sums so the
     * adds do not wait on each other, then minus the excluded few.
     */
    private double[] moments(float[] values, int n) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        double q0 = 0, q1 = 0, q2 = 0, q3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            double a = values[i], b = values[i + 1], c = values[i + 2], d = values[i + 3];
            s0 += a;
            s1 += b;
            s2 += c;
            s3 += d;
            q0 += a * a;
            q1 += b * b;
            q2 += c * c;
            q3 += d * d;
        }
        for (; i < n; i++) {
            double a = values[i];
            s0 += a;
            q0 += a * a;
        }
        double sum = s0 + s1 + s2 + s3;
        double squares = q0 + q1 + q2 + q3;
        for (int e : excludedList) {
            if (e < n) {
                sum -= values[e];
                squares -= (double) values[e] * values[e];
            }
        }
        return new double[] {sum, squares};
    }

    private int countCandidates(int n) {
        int count = n;
        for (int e : excludedList) {
            if (e < n) {
                count--;
            }
        }
        return count;
    }
}
