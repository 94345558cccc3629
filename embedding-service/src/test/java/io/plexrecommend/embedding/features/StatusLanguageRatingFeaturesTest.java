package io.plexrecommend.embedding.features;

import static io.plexrecommend.embedding.features.FeatureTestItems.bare;
import static io.plexrecommend.embedding.features.FeatureTestItems.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatusLanguageRatingFeaturesTest {

    private final StatusLanguageRatingFeatures encoder = new StatusLanguageRatingFeatures();
    private final List<String> slots = encoder.slots();

    @Test
    void statusIsOneHotWithProductionStagesGroupedAsUpcoming() {
        assertThat(one(bare().status("Released").build())).contains("status_released");
        assertThat(one(bare().status("Returning Series").build())).contains("status_returning");
        assertThat(one(bare().status("Ended").build())).contains("status_ended");
        assertThat(one(bare().status("Canceled").build())).contains("status_canceled");
        assertThat(one(bare().status("Post Production").build())).contains("status_upcoming");
        assertThat(one(bare().status("Pilot").build())).contains("status_upcoming");
        assertThat(one(bare().status("Who knows").build())).containsExactly("status_other");
        assertThat(one(bare().build())).containsExactly("status_other");
    }

    @Test
    void languageIsOneHotOverTheTopLanguagesWithOtherAndNothingWhenUnknown() {
        assertThat(one(bare().originalLanguage("ja").build())).contains("language_ja");
        assertThat(one(bare().originalLanguage(" EN ").build())).contains("language_en");
        assertThat(one(bare().originalLanguage("tl").build())).contains("language_other");
        assertThat(one(bare().build())).noneMatch(s -> s.startsWith("language_"));
    }

    @Test
    void contentRatingIsAnOrdinalFromKidsToAdultsWithAKnownFlag() {
        assertThat(rating("G")).isEqualTo(0f);
        assertThat(rating("TV-Y7")).isEqualTo(0.25f);
        assertThat(rating("PG-13")).isEqualTo(0.5f);
        assertThat(rating("gb/15")).isEqualTo(0.75f);
        assertThat(rating("TV-MA")).isEqualTo(1f);
        float[] kids = encode(encoder, bare().contentRating("G").build());
        assertThat(kids[slots.indexOf("content_rating_known")]).isEqualTo(1f);
        float[] unknown = encode(encoder, bare().contentRating("Not Rated").build());
        assertThat(unknown[slots.indexOf("content_rating_known")]).isZero();
        assertThat(unknown[slots.indexOf("content_rating_level")]).isZero();
    }

    private float rating(String contentRating) {
        return encode(encoder, bare().contentRating(contentRating).build())[slots.indexOf("content_rating_level")];
    }

    private List<String> one(io.plexrecommend.events.MediaItem item) {
        float[] v = encode(encoder, item);
        return java.util.stream.IntStream.range(0, v.length).filter(i -> v[i] == 1f)
                .mapToObj(slots::get).toList();
    }
}
