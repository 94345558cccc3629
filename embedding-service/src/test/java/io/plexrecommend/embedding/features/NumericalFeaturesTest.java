package io.plexrecommend.embedding.features;

import static io.plexrecommend.embedding.features.FeatureTestItems.bare;
import static io.plexrecommend.embedding.features.FeatureTestItems.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NumericalFeaturesTest {

    private final NumericalFeatures encoder = new NumericalFeatures();

    @Test
    void scalesPopularityAndVoteCountLogarithmicallyAndTheAverageLinearly() {
        float[] v = encode(encoder, bare().popularity(1.23489).voteAverage(6.4).voteCount(293).runtimeMinutes(98)
                .build());

        assertThat(encoder.slots()).containsExactly("popularity", "vote_average", "vote_count", "runtime");
        assertThat(v[0]).isCloseTo((float) (Math.log1p(1.23489) / Math.log1p(1000)), within(1e-6f));
        assertThat(v[1]).isCloseTo(0.64f, within(1e-6f));
        assertThat(v[2]).isCloseTo((float) (Math.log1p(293) / Math.log1p(50_000)), within(1e-6f));
        assertThat(v[3]).isCloseTo(98f / 240, within(1e-6f));
    }

    @Test
    void clipsAtTheCapsAndLeavesUnknownOrNonsenseValuesAtZero() {
        assertThat(encode(encoder, bare().popularity(5_000.0).voteAverage(11.0).voteCount(2_000_000)
                .runtimeMinutes(900).build())).containsExactly(1f, 1f, 1f, 1f);
        assertThat(encode(encoder, bare().build())).containsExactly(0f, 0f, 0f, 0f);
        assertThat(encode(encoder, bare().popularity(-3.0).voteAverage(Double.NaN).voteCount(-1).runtimeMinutes(0)
                .build())).containsExactly(0f, 0f, 0f, 0f);
    }

    @Test
    void oneMoreVoteChangesTheValue() {
        float before = encode(encoder, bare().voteCount(30_000).build())[2];
        float after = encode(encoder, bare().voteCount(30_001).build())[2];
        assertThat(after).isGreaterThan(before);
    }
}
