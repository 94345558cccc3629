package io.plexrecommend.embedding.features;

import io.plexrecommend.events.MediaItem;
import java.util.List;

/**
 * How much is known about the production: studios, collection (franchise) and credits, as presence flags and
 * log-scaled counts. Names themselves are in the text embedding; counts tell a big franchise production from a
 * small independent one.
 */
final class MetadataFeatures implements FeatureEncoder {

    static final double STUDIO_CAP = 10;
    static final double CAST_CAP = 50;
    static final double CREW_CAP = 10;
    static final double KEYWORD_CAP = 50;
    static final double COUNTRY_CAP = 5;

    @Override
    public List<String> slots() {
        return List.of("has_studios", "studio_count", "has_collection", "cast_count", "crew_count", "keyword_count",
                "country_count");
    }

    @Override
    public void encode(MediaItem item, float[] out, int offset) {
        out[offset] = FeatureEncoder.oneIf(!item.studios().isEmpty());
        out[offset + 1] = count(item.studios().size(), STUDIO_CAP);
        out[offset + 2] = FeatureEncoder.oneIf(item.collection() != null && !item.collection().isBlank());
        out[offset + 3] = count(item.cast().size(), CAST_CAP);
        out[offset + 4] = count(item.directors().size() + item.creators().size(), CREW_CAP);
        out[offset + 5] = count(item.keywords().size(), KEYWORD_CAP);
        out[offset + 6] = count(item.countries().size(), COUNTRY_CAP);
    }

    private static float count(int n, double cap) {
        return FeatureEncoder.logScaled((double) n, cap);
    }
}
