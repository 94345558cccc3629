package io.plexrecommend.graph.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.graph.TestItems;
import org.junit.jupiter.api.Test;

/** The real OpenNLP English models on real overviews. */
class EntityExtractorTest {

    private final EntityExtractor extractor = TestItems.ENTITIES;

    @Test
    void findsProperNamesAndNounCompoundsNormalized() {
        String overview = "While racing to a boxing match, Frank, Mike, John and Rey get more than they bargained "
                + "for. A wrong turn lands them directly in the path of Fallon, a vicious, wise-cracking drug lord.";

        assertThat(extractor.extract(overview)).contains("boxing match", "frank", "fallon", "drug lord")
                .doesNotContain("a wrong turn", "vicious drug lord", "turn");
    }

    @Test
    void pluralsBecomeSingularAndGenericNounsAreDropped() {
        assertThat(extractor.extract("Two drug lords fight over the city. One day a man finds the hackers."))
                .contains("drug lord", "city", "hacker")
                .doesNotContain("drug lords", "hackers", "day", "man", "one day");
    }

    @Test
    void emptyOrMissingOverviewHasNoEntities() {
        assertThat(extractor.extract(null)).isEmpty();
        assertThat(extractor.extract("   ")).isEmpty();
        assertThat(extractor.extract("!!! ... ???")).isEmpty();
    }

    @Test
    void atMostTheConfiguredNumberInOrderOfFirstMention() {
        EntityExtractor three = new EntityExtractor(3);
        assertThat(three.extract("Paris, London, Berlin, Rome and Madrid are cities with a castle and a river."))
                .containsExactly("paris", "london", "berlin");
    }
}
