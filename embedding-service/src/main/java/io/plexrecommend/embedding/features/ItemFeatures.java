package io.plexrecommend.embedding.features;

import io.plexrecommend.events.MediaItem;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code features-v1} vector published beside the text embedding: the encoders' slots concatenated in a fixed
 * order (numerical, genres, status/language/rating, temporal, metadata). The layout is documented slot by slot in
 * the README; any change to it needs a new schema name.
 */
public final class ItemFeatures {

    public static final String SCHEMA = "features-v1";

    private static final List<FeatureEncoder> ENCODERS = List.of(new NumericalFeatures(), new GenreFeatures(),
            new StatusLanguageRatingFeatures(), new TemporalFeatures(), new MetadataFeatures());

    private static final List<String> SLOTS = ENCODERS.stream().flatMap(e -> e.slots().stream()).toList();

    public static float[] of(MediaItem item) {
        float[] out = new float[SLOTS.size()];
        int offset = 0;
        for (FeatureEncoder encoder : ENCODERS) {
            encoder.encode(item, out, offset);
            offset += encoder.slots().size();
        }
        return out;
    }

    /** Slot names, index = position in the vector. */
    public static List<String> slots() {
        return SLOTS;
    }

    public static int size() {
        return SLOTS.size();
    }

    static Stream<FeatureEncoder> encoders() {
        return ENCODERS.stream();
    }

    private ItemFeatures() {
    }
}
