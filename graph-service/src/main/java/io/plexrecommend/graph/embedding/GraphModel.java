package io.plexrecommend.graph.embedding;

/**
 * What a training run leaves for the next one: the text projection the features were built with and the weights
 * trained on them. Saved to disk after every run ({@link GraphModelFile}), so a restart trains warm.
 */
public record GraphModel(String modelId, TextProjection projection, NetworkWeights weights) {

    /** Usable for a warm start: the same network and text vectors of the length the projection takes. */
    boolean fits(String modelId, int textDimension, int projected, int hidden, int out) {
        return this.modelId.equals(modelId) && projection.in() == textDimension && projection.out() == projected
                && weights.fits(projected + NodeFeatures.KINDS, hidden, out);
    }
}
