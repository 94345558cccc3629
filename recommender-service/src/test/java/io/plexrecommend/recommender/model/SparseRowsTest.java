package io.plexrecommend.recommender.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SparseRowsTest {

    @Test
    void theSparseProductIsTheDenseOneForEveryRow() {
        Random random = new Random(3);
        double[][] rows = new double[500][PreferenceFeatures.DIMENSION];
        for (double[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                row[c] = random.nextInt(4) == 0 ? random.nextGaussian() : 0;
            }
        }
        rows[7] = new double[PreferenceFeatures.DIMENSION];
        double[] w = new double[PreferenceFeatures.DIMENSION];
        for (int c = 0; c < w.length; c++) {
            w[c] = random.nextGaussian();
        }

        float[] product = SparseRows.of(rows).times(w, 400);

        assertThat(product).hasSize(400);
        for (int i = 0; i < product.length; i++) {
            assertThat((double) product[i]).as("row %d", i).isCloseTo(BayesianHead.dot(rows[i], w), within(1e-5));
        }
        assertThat(product[7]).isZero();
    }
}
