package io.plexrecommend.embedding.features;

import io.plexrecommend.events.MediaItem;
import java.util.List;

/** One group of item features: a fixed number of named slots, each a float in about [0, 1]. */
interface FeatureEncoder {

    /** Slot names in output order; the size never depends on the item. */
    List<String> slots();

    /** Writes {@code slots().size()} values into {@code out} starting at {@code offset}. */
    void encode(MediaItem item, float[] out, int offset);

    /** {@code log1p(value) / log1p(cap)}, clipped to [0, 1]; 0 when unknown or negative. */
    static float logScaled(Double value, double cap) {
        if (value == null || value.isNaN() || value <= 0) {
            return 0f;
        }
        return (float) Math.min(1.0, Math.log1p(value) / Math.log1p(cap));
    }

    static float oneIf(boolean condition) {
        return condition ? 1f : 0f;
    }
}
