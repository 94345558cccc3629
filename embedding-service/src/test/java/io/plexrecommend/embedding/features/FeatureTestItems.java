package io.plexrecommend.embedding.features;

import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaType;

final class FeatureTestItems {

    /** Only the required fields: every optional input unknown. */
    static MediaItem.Builder bare() {
        return MediaItem.builder().mediaId("movie:tmdb:1").type(MediaType.MOVIE).title("Bare");
    }

    static float[] encode(FeatureEncoder encoder, MediaItem item) {
        float[] out = new float[encoder.slots().size() + 2];
        out[0] = -7f;
        out[out.length - 1] = -7f;
        encoder.encode(item, out, 1);
        float[] slots = new float[encoder.slots().size()];
        System.arraycopy(out, 1, slots, 0, slots.length);
        if (out[0] != -7f || out[out.length - 1] != -7f) {
            throw new AssertionError("encoder wrote outside its slots");
        }
        return slots;
    }

    private FeatureTestItems() {
    }
}
