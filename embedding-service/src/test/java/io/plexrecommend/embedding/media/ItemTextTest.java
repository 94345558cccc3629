package io.plexrecommend.embedding.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemTextTest {

    static MediaItem.Builder matrix() {
        return MediaItem.builder().mediaId("movie:tmdb:603").type(MediaType.MOVIE).title("The Matrix")
                .tagline("Welcome to the Real World.")
                .overview("A hacker learns that his world is a simulation.")
                .genres(List.of("Action", "Science Fiction"))
                .keywords(List.of("artificial intelligence", "virtual reality"))
                .cast(List.of("Keanu Reeves", "Laurence Fishburne", "Carrie-Anne Moss", "Hugo Weaving",
                        "Joe Pantoliano", "Marcus Chong"))
                .directors(List.of("Lana Wachowski", "Lilly Wachowski"))
                .studios(List.of("Warner Bros. Pictures"));
    }

    @Test
    void followsTheDocumentedTemplate() {
        assertThat(ItemText.of(matrix().build())).isEqualTo("""
                The Matrix
                Welcome to the Real World.
                A hacker learns that his world is a simulation.
                Genres: Action, Science Fiction.
                Keywords: artificial intelligence, virtual reality.
                Starring: Keanu Reeves, Laurence Fishburne, Carrie-Anne Moss, Hugo Weaving, Joe Pantoliano.
                Directed by: Lana Wachowski, Lilly Wachowski.""");
    }

    @Test
    void showsNameTheirCreatorsAndEmptyFieldsLeaveNoLine() {
        MediaItem show = MediaItem.builder().mediaId("show:tvdb:81189").type(MediaType.SHOW).title("Breaking Bad")
                .creators(List.of("Vince Gilligan")).build();

        assertThat(ItemText.of(show)).isEqualTo("Breaking Bad\nCreated by: Vince Gilligan.");
    }

    @Test
    void controlCharactersAndWhitespaceRunsBecomeOneSpace() {
        MediaItem item = matrix().overview("  A hacker\u0000 learns\r\n\tthe\u001b truth.  ").tagline(" \n ").build();

        assertThat(ItemText.of(item).lines()).contains("A hacker learns the truth.")
                .doesNotContain("Welcome to the Real World.");
    }

    @Test
    void hashDependsOnModelAndText() {
        String text = ItemText.of(matrix().build());
        String hash = ContentHash.of("sentence-transformers/all-MiniLM-L6-v2", text);

        assertThat(hash).matches("sha256:[0-9a-f]{64}")
                .isEqualTo(ContentHash.of("sentence-transformers/all-MiniLM-L6-v2", text))
                .isNotEqualTo(ContentHash.of("another/model", text))
                .isNotEqualTo(ContentHash.of("sentence-transformers/all-MiniLM-L6-v2", text + "!"));
    }

    @Test
    void hashIsSha256OfModelIdNewlineText() {
        // echo -n $'m\nt' | sha256sum
        assertThat(ContentHash.of("m", "t"))
                .isEqualTo("sha256:c52514e52b56137ab5b9d17688893a5773b4fdbe8dd3796b50fb29bd855aa93d");
    }

    /** Issue 19: a producer may send megabytes; the text the model and the cache see stays a few KB. */
    @Test
    void aHugeItemGivesATextOfBoundedSizeThatStartsLikeItsFields() {
        String overview = "A hacker learns the truth. " + "word ".repeat(200_000);
        List<String> genres = java.util.stream.IntStream.range(0, 20_000).mapToObj(i -> "Genre " + i).toList();

        String text = ItemText.of(matrix().overview(overview).genres(genres).build());

        assertThat(text.length()).isLessThan(5 * ItemText.MAX_FIELD_CHARS);
        assertThat(text).contains("A hacker learns the truth. word").contains("Genres: Genre 0, Genre 1,")
                .doesNotContain("Genre " + ItemText.MAX_LIST_VALUES + ",");
    }
}
