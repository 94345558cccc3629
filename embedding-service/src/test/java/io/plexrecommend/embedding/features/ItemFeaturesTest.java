package io.plexrecommend.embedding.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemFeaturesTest {

    @Test
    void fixedLayoutOfUniqueSlotsInEncoderOrder() {
        assertThat(ItemFeatures.SCHEMA).isEqualTo("features-v1");
        assertThat(ItemFeatures.size()).isEqualTo(70);
        assertThat(new HashSet<>(ItemFeatures.slots())).hasSize(70);
        assertThat(ItemFeatures.slots().get(0)).isEqualTo("popularity");
        assertThat(ItemFeatures.slots().get(4)).isEqualTo("genre_action");
        assertThat(ItemFeatures.slots().get(69)).isEqualTo("country_count");
    }

    @Test
    void aFullItemGivesBoundedValuesAndTheSameItemTheSameVector() {
        MediaItem item = MediaItem.builder().mediaId("movie:tmdb:11").type(MediaType.MOVIE).title("Star Wars")
                .genres(List.of("Adventure", "Action", "Science Fiction")).popularity(80.2).voteAverage(8.2)
                .voteCount(20_000).runtimeMinutes(121).status("Released").originalLanguage("en")
                .contentRating("PG").releaseDate(LocalDate.of(1977, 5, 25)).studios(List.of("Lucasfilm"))
                .collection("Star Wars Collection").cast(List.of("Mark Hamill", "Harrison Ford"))
                .directors(List.of("George Lucas")).keywords(List.of("rebellion")).countries(List.of("US"))
                .build();

        float[] v = ItemFeatures.of(item);

        assertThat(v).hasSize(70).containsExactly(ItemFeatures.of(item));
        for (float x : v) {
            assertThat(x).isBetween(-1f, 1f);
        }
        assertThat(v[ItemFeatures.slots().indexOf("decade_1970s")]).isEqualTo(1f);
        assertThat(v[ItemFeatures.slots().indexOf("language_en")]).isEqualTo(1f);
    }

    @Test
    void everySlotIsDocumentedInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String slot : ItemFeatures.slots()) {
            assertThat(readme).as("README documents %s", slot).contains("`" + slot + "`");
        }
    }
}
