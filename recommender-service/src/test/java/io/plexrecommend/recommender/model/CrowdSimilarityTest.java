package io.plexrecommend.recommender.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.events.RelatedTitles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Crowd lists as item–item evidence, and a household's own co-ratings kept from outweighing them. */
class CrowdSimilarityTest {

    private static ModelItem movie(long tmdb, List<RelatedTitles> related) {
        return new ModelItem("movie:tmdb:" + tmdb, "movie", List.of("Drama"), List.of(), List.of(), List.of(), null,
                "en", 2000, 7.0, 1000, 10.0, null, null, null, tmdb, related);
    }

    private static RelatedTitles recommendations(Long... ids) {
        return new RelatedTitles(RelatedTitles.TMDB_RECOMMENDATIONS, List.of(ids));
    }

    @Test
    void listsGiveForwardAndReverseEdgesWeightedByRankAndSource() {
        ItemSpace space = new ItemSpace();
        space.upsert(movie(1, List.of(recommendations(2L, 3L, 404L))));
        space.upsert(movie(2, List.of()));
        space.upsert(movie(3, List.of()));
        space.upsert(movie(4, List.of(new RelatedTitles(RelatedTitles.TMDB_SIMILAR, List.of(3L)),
                new RelatedTitles("somebody-new", List.of(2L)))));
        // A show with the same TMDB number is another title: lists of movies name movies.
        space.upsert(new ModelItem("show:tvdb:9", "show", List.of(), List.of(), List.of(), List.of(), null, null,
                null, null, null, null, null, null, null, 2L, List.of()));

        Neighbours crowd = CrowdSimilarity.build(space, 10);

        assertThat(crowd.ids(0)).containsExactly(1, 2);
        assertThat(crowd.sims(0)[0]).isGreaterThan(crowd.sims(0)[1]);
        assertThat(crowd.ids(1)).as("reverse edge; the unknown source adds nothing").containsExactly(0);
        assertThat(crowd.ids(2)).containsExactly(0, 3);
        assertThat(crowd.sims(2)[1]).as("a similar-titles list counts less than recommendations")
                .isLessThan(crowd.sims(2)[0]);
        assertThat(crowd.ids(4)).isEmpty();
    }

    @Test
    void aFewProfilesCoRatingsCannotOutvoteTheCrowdLists() {
        ItemSpace space = new ItemSpace();
        space.upsert(movie(1, List.of(recommendations(2L))));
        space.upsert(movie(2, List.of()));
        space.upsert(movie(3, List.of()));
        space.upsert(movie(4, List.of()));
        Neighbours crowd = CrowdSimilarity.build(space, 10);
        // The household's other profile rated titles 1 and 3 (and 4), so co-ratings pull towards 3.
        CoRatingSimilarity.Result cf = CoRatingSimilarity.build(List.of(new int[] {0, 2, 3}, new int[] {0}),
                space.size(), 10, 5);
        ItemPriors priors = ItemPriors.of(space, new int[space.size()], 200);
        Neighbours content = new Neighbours(space.size(), 10);
        List<Signal> history = List.of(Signal.rated(0, 9));
        Scorer scorer = new Scorer(ScoringWeights.DEFAULT);

        float[] household = scorer.score(history, new Evidence(cf.neighbours(), crowd, content, priors, null, 2),
                space.size());
        float[] crowdOfStrangers = scorer.score(history,
                new Evidence(cf.neighbours(), crowd, content, priors, null, 100_000), space.size());

        assertThat(household[1]).as("the crowd list's title").isGreaterThan(household[2]);
        assertThat(crowdOfStrangers[2]).as("co-ratings of a real crowd do count").isGreaterThan(household[2]);
    }
}
