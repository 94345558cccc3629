package io.plexrecommend.embedding.features;

import static io.plexrecommend.embedding.features.FeatureTestItems.bare;
import static io.plexrecommend.embedding.features.FeatureTestItems.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataFeaturesTest {

    private final MetadataFeatures encoder = new MetadataFeatures();

    @Test
    void presenceFlagsAndLogScaledCounts() {
        float[] v = encode(encoder, bare().studios(List.of("Lucasfilm", "20th Century Fox"))
                .collection("Star Wars Collection").cast(Collections.nCopies(12, "Actor"))
                .directors(List.of("George Lucas")).creators(List.of()).keywords(List.of("space", "rebel"))
                .countries(List.of("US")).build());

        assertThat(encoder.slots()).containsExactly("has_studios", "studio_count", "has_collection", "cast_count",
                "crew_count", "keyword_count", "country_count");
        assertThat(v[0]).isEqualTo(1f);
        assertThat(v[1]).isCloseTo((float) (Math.log1p(2) / Math.log1p(10)), within(1e-6f));
        assertThat(v[2]).isEqualTo(1f);
        assertThat(v[3]).isCloseTo((float) (Math.log1p(12) / Math.log1p(50)), within(1e-6f));
        assertThat(v[4]).isCloseTo((float) (Math.log1p(1) / Math.log1p(10)), within(1e-6f));
        assertThat(v[5]).isCloseTo((float) (Math.log1p(2) / Math.log1p(50)), within(1e-6f));
        assertThat(v[6]).isCloseTo((float) (Math.log1p(1) / Math.log1p(5)), within(1e-6f));
    }

    @Test
    void nothingKnownIsAllZerosAndHugeCountsClip() {
        assertThat(encode(encoder, bare().collection("  ").build())).containsOnly(0f);
        float[] v = encode(encoder, bare().cast(Collections.nCopies(400, "Extra")).build());
        assertThat(v[3]).isEqualTo(1f);
    }
}
