package io.plexrecommend.recommender.catalog;

/** A vector with its model (vectors of different models are not comparable) and its length, computed once. */
public record ItemVector(String modelId, float[] values, double norm) {

    public static ItemVector of(String modelId, float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += (double) v * v;
        }
        return new ItemVector(modelId, values.clone(), Math.sqrt(sum));
    }

    public boolean comparableWith(String otherModel, int otherDimension) {
        return modelId.equals(otherModel) && values.length == otherDimension;
    }
}
