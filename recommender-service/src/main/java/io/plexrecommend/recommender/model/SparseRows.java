package io.plexrecommend.recommender.model;

/**
 * Every item's {@link PreferenceFeatures} as one compressed sparse row table. The features are mostly zeros (a bias,
 * a few genres, one era), and the head is evaluated on every item for every request: reading six non-zeros from
 * contiguous arrays instead of {@link PreferenceFeatures#DIMENSION} doubles from 20,000 separate arrays made it several
 * times cheaper.
 *
 * @param source the table this was built from, so a caller can tell whether it is still current
 */
record SparseRows(double[][] source, int[] offsets, int[] columns, float[] values) {

    static SparseRows of(double[][] rows) {
        int nonZero = 0;
        for (double[] row : rows) {
            for (double v : row) {
                nonZero += v == 0 ? 0 : 1;
            }
        }
        int[] offsets = new int[rows.length + 1];
        int[] columns = new int[nonZero];
        float[] values = new float[nonZero];
        int n = 0;
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < rows[i].length; c++) {
                if (rows[i][c] != 0) {
                    columns[n] = c;
                    values[n++] = (float) rows[i][c];
                }
            }
            offsets[i + 1] = n;
        }
        return new SparseRows(rows, offsets, columns, values);
    }

    /**
     * {@code rows × w} for the first {@code items} rows, in float: a handful of terms per row, and mixing float values
     * with double weights made the loop twice as slow (a conversion per term).
     */
    float[] times(double[] w, int items) {
        float[] weights = new float[w.length];
        for (int c = 0; c < w.length; c++) {
            weights[c] = (float) w[c];
        }
        float[] out = new float[items];
        for (int i = 0; i < items; i++) {
            float sum = 0;
            for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                sum += values[p] * weights[columns[p]];
            }
            out[i] = sum;
        }
        return out;
    }
}
