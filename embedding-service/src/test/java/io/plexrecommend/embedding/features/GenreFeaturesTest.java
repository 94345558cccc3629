package io.plexrecommend.embedding.features;

import static io.plexrecommend.embedding.features.FeatureTestItems.bare;
import static io.plexrecommend.embedding.features.FeatureTestItems.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenreFeaturesTest {

    private final GenreFeatures encoder = new GenreFeatures();

    @Test
    void vocabularyCoversEveryTmdbMovieAndTvGenre() {
        List<String> movie = List.of("Action", "Adventure", "Animation", "Comedy", "Crime", "Documentary", "Drama",
                "Family", "Fantasy", "History", "Horror", "Music", "Mystery", "Romance", "Science Fiction",
                "TV Movie", "Thriller", "War", "Western");
        List<String> tv = List.of("Action & Adventure", "Animation", "Comedy", "Crime", "Documentary", "Drama",
                "Family", "Kids", "Mystery", "News", "Reality", "Sci-Fi & Fantasy", "Soap", "Talk",
                "War & Politics", "Western");
        List<String> all = new ArrayList<>(movie);
        all.addAll(tv);
        for (String genre : all) {
            float[] v = encode(encoder, bare().genres(List.of(genre)).build());
            assertThat(v[v.length - 1]).as("%s is in the vocabulary", genre).isZero();
            assertThat(sum(v)).as(genre).isPositive();
        }
        assertThat(encoder.slots()).hasSize(25).contains("genre_science_fiction", "genre_tv_movie", "genre_other");
    }

    @Test
    void multiHotWithTvCombinationsSplitIntoTheirPartsCaseInsensitively() {
        float[] v = encode(encoder, bare().genres(List.of("sci-fi & fantasy", "DRAMA", "Drama")).build());

        List<String> slots = encoder.slots();
        assertThat(v[slots.indexOf("genre_science_fiction")]).isEqualTo(1f);
        assertThat(v[slots.indexOf("genre_fantasy")]).isEqualTo(1f);
        assertThat(v[slots.indexOf("genre_drama")]).isEqualTo(1f);
        assertThat(sum(v)).isEqualTo(3f);
    }

    @Test
    void unknownGenresShareTheOtherSlotAndNoGenresGivesZeros() {
        float[] v = encode(encoder, bare().genres(List.of("Anime", "Martial Arts", " ")).build());
        assertThat(v[v.length - 1]).isEqualTo(1f);
        assertThat(sum(v)).isEqualTo(1f);
        assertThat(sum(encode(encoder, bare().build()))).isZero();
    }

    private static float sum(float[] v) {
        float s = 0;
        for (float x : v) {
            s += x;
        }
        return s;
    }
}
