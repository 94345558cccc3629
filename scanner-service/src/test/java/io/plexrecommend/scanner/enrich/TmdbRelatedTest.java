package io.plexrecommend.scanner.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plexrecommend.events.RelatedTitles;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mapping of TMDB's appended lists, on the recorded answers (src/test/resources/recorded/tmdb). */
class TmdbRelatedTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsTheIdsOfBothAppendedPagesInAnswerOrder() throws IOException {
        JsonNode fightClub = recorded("movie-550-appends-2.json");

        assertThat(TmdbRelated.lists(fightClub, "movie")).containsExactly(
                new RelatedTitles(RelatedTitles.TMDB_RECOMMENDATIONS, List.of(680L, 807L)),
                new RelatedTitles(RelatedTitles.TMDB_SIMILAR, List.of(903L, 907L)));
    }

    @Test
    void dropsAnEntryOfAnotherMediaTypeAndLeavesOutAnEmptyOrMissingPage() throws IOException {
        ObjectNode theBoys = (ObjectNode) recorded("tv-76479-appends-2-with-similar.json");
        // Edited from the recording: a movie among a show's recommendations cannot be a TMDB TV id.
        ((ObjectNode) theBoys.path("recommendations").path("results").get(1)).put("media_type", "movie");
        ((ObjectNode) theBoys.path("similar")).putArray("results");

        assertThat(TmdbRelated.lists(theBoys, "tv"))
                .containsExactly(new RelatedTitles(RelatedTitles.TMDB_RECOMMENDATIONS, List.of(82856L)));
        assertThat(TmdbRelated.lists(JSON.createObjectNode().put("id", 1), "movie")).isEmpty();
    }

    @Test
    void aRefreshReplacesTheTmdbListsAndKeepsOtherSources() {
        RelatedTitles plex = new RelatedTitles(RelatedTitles.PLEX_SIMILAR, List.of(1L, 2L));
        RelatedTitles oldSimilar = new RelatedTitles(RelatedTitles.TMDB_SIMILAR, List.of(3L));
        RelatedTitles fresh = new RelatedTitles(RelatedTitles.TMDB_RECOMMENDATIONS, List.of(4L));

        assertThat(TmdbRelated.replace(List.of(plex, oldSimilar), List.of(fresh))).containsExactly(plex, fresh);
    }

    private static JsonNode recorded(String file) throws IOException {
        try (InputStream in = TmdbRelatedTest.class.getResourceAsStream("/recorded/tmdb/" + file)) {
            return JSON.readTree(in);
        }
    }
}
