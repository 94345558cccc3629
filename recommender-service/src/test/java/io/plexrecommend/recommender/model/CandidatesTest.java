package io.plexrecommend.recommender.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CandidatesTest {

    private static final List<Signal> HISTORY = List.of(Signal.rated(3, 9), Signal.watched(7), Signal.dismissed(3),
            Signal.rated(11, 2), Signal.rated(500, 8));

    @Test
    void aPartIsStandardisedOverTheCandidatesOnly() {
        Random random = new Random(42);
        float[] values = new float[200];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (random.nextGaussian() * 3 + 10);
        }
        // History items with extreme values: if they counted, the mean and spread would move a lot.
        values[3] = 1_000;
        values[7] = -1_000;
        values[11] = 5_000;
        float[] total = new float[200];

        Candidates.excluding(HISTORY, 200).addStandardised(total, values, 0.5);

        assertArrayEquals(reference(values, 0.5, 3, 7, 11), total, 1e-4f);
    }

    @Test
    void standardisingInPlaceEqualsAddingToZeros() {
        Random random = new Random(7);
        float[] values = new float[101];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextFloat();
        }
        float[] expected = reference(values, 2.0, 3, 7, 11);

        Candidates.excluding(HISTORY, 101).standardise(values, 2.0);

        assertArrayEquals(expected, values, 1e-4f);
    }

    @Test
    void aPartWithoutSpreadOrWeightAddsNothingAndHistoryIsMarked() {
        float[] total = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        float[] flat = new float[12];
        java.util.Arrays.fill(flat, 4f);
        flat[3] = 100; // excluded, so the candidates are flat
        Candidates candidates = Candidates.excluding(HISTORY, 12);

        candidates.addStandardised(total, flat, 1.0);
        candidates.addStandardised(total, new float[] {1, 5, 9}, 0.0);
        candidates.markExcluded(total);

        float inf = Float.NEGATIVE_INFINITY;
        assertArrayEquals(new float[] {1, 2, 3, inf, 5, 6, 7, inf, 9, 10, 11, inf}, total);
    }

    @Test
    void aShorterPartCoversOnlyTheItemsItKnows() {
        float[] total = new float[6];
        float[] part = {1, 2, 3, 4};

        Candidates.excluding(List.of(Signal.rated(1, 9)), 6).addStandardised(total, part, 1.0);

        float[] expected = reference(part, 1.0, 1);
        assertArrayEquals(expected, java.util.Arrays.copyOf(total, 4), 1e-5f);
        assertEquals(0f, total[4]);
        assertEquals(0f, total[5]);
    }

    /** The definition, written out: weight × (v − mean) / std, mean and std over the non-excluded entries. */
    private static float[] reference(float[] values, double weight, int... excluded) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (int e : excluded) {
            out.add(e);
        }
        double sum = 0;
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            if (!out.contains(i)) {
                sum += values[i];
                count++;
            }
        }
        double mean = sum / count;
        double variance = 0;
        for (int i = 0; i < values.length; i++) {
            if (!out.contains(i)) {
                variance += (values[i] - mean) * (values[i] - mean);
            }
        }
        double std = Math.sqrt(variance / count);
        float[] z = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            z[i] = (float) (weight * (values[i] - mean) / std);
        }
        return z;
    }
}
