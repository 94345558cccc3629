package io.plexrecommend.embedding.features;

import static io.plexrecommend.embedding.features.FeatureTestItems.bare;
import static io.plexrecommend.embedding.features.FeatureTestItems.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalFeaturesTest {

    private final TemporalFeatures encoder = new TemporalFeatures();
    private final List<String> slots = encoder.slots();

    @Test
    void yearIsLinearDecadeOneHotAndMonthOnACircle() {
        float[] v = encode(encoder, bare().releaseDate(LocalDate.of(1995, 12, 25)).year(1995).build());

        assertThat(v[0]).isCloseTo(95f / 130, within(1e-6f));
        assertThat(v[slots.indexOf("decade_1990s")]).isEqualTo(1f);
        double angle = 2 * Math.PI * 11 / 12;
        assertThat(v[slots.indexOf("release_month_sin")]).isCloseTo((float) Math.sin(angle), within(1e-6f));
        assertThat(v[slots.indexOf("release_month_cos")]).isCloseTo((float) Math.cos(angle), within(1e-6f));
        float[] january = encode(encoder, bare().releaseDate(LocalDate.of(1996, 1, 5)).build());
        assertThat(distance(v, january, slots.size() - 2)).isLessThan(0.6);
    }

    @Test
    void edgesOfTheScaleAndAYearWithoutADate() {
        float[] old = encode(encoder, bare().year(1895).build());
        assertThat(old[0]).isZero();
        assertThat(old[slots.indexOf("decade_pre1950")]).isEqualTo(1f);
        assertThat(old[slots.indexOf("release_month_sin")]).isZero();
        assertThat(old[slots.indexOf("release_month_cos")]).isZero();
        float[] future = encode(encoder, bare().year(2041).build());
        assertThat(future[0]).isEqualTo(1f);
        assertThat(future[slots.indexOf("decade_2020s")]).isEqualTo(1f);
        float[] none = encode(encoder, bare().build());
        assertThat(none).containsOnly(0f);
    }

    private static double distance(float[] a, float[] b, int from) {
        return Math.hypot(a[from] - b[from], a[from + 1] - b[from + 1]);
    }
}
