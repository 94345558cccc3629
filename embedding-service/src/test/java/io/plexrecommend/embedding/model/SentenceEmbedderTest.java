package io.plexrecommend.embedding.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class SentenceEmbedderTest {

    static final String DUNE = "A noble family becomes embroiled in a war for control over the galaxy's most "
            + "valuable asset, a desert planet, while its heir is troubled by visions of a dark future.";
    static final String STAR_WARS = "Princess Leia is captured and held hostage by the evil Imperial forces in "
            + "their effort to take over the galactic Empire. Luke Skywalker and Han Solo team up to rescue her "
            + "and destroy the Death Star, a space station that can obliterate planets.";
    static final String ROMCOM = "A New York newspaper columnist and a bookshop owner keep bumping into each other "
            + "at weddings, and slowly fall in love over coffee, misunderstandings and a rainy Valentine's Day.";

    @Inject
    SentenceEmbedder embedder;

    @Test
    void vectorsHave384ValuesAndUnitLength() {
        float[] vector = embedder.embed(DUNE);

        assertThat(embedder.dimension()).isEqualTo(384);
        assertThat(vector).hasSize(384);
        assertThat(norm(vector)).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void batchEmbeddingsComeBackInInputOrderAndMatchSingleOnes() {
        // Longest first, so the length grouping inside embedAll reorders them, across two chunks of 2.
        java.util.List<String> texts = java.util.List.of(STAR_WARS, "", ROMCOM, "Dune", DUNE);

        java.util.List<float[]> vectors = embedder.embedAll(texts, 2);

        assertThat(vectors).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            assertThat(cosine(vectors.get(i), embedder.embed(texts.get(i)))).as(texts.get(i))
                    .isCloseTo(1.0, within(1e-4));
        }
        assertThat(embedder.embedAll(java.util.List.of(), 32)).isEmpty();
    }

    @Test
    void sameTextGivesTheSameVector() {
        assertThat(embedder.embed(STAR_WARS)).containsExactly(embedder.embed(STAR_WARS));
    }

    @Test
    void spaceOperasAreCloserToEachOtherThanToARomanticComedy() {
        float[] dune = embedder.embed(DUNE);
        float[] starWars = embedder.embed(STAR_WARS);
        float[] romcom = embedder.embed(ROMCOM);

        double operas = cosine(dune, starWars);
        assertThat(operas).isGreaterThan(cosine(dune, romcom)).isGreaterThan(cosine(starWars, romcom));
    }

    @Test
    void awkwardTextsEmbedWithoutError() {
        String longOverview = "An endless saga of wandering starships and forgotten empires. ".repeat(330);
        assertThat(longOverview.length()).isGreaterThan(20_000);

        for (String text : new String[] { "", longOverview, "🚀👽🌌 Die Reise zu den Sternen — 星际穿越 — "
                + "Межзвёздное путешествие", "Tab\there\u0000nul\u0007bell\r\nline\u001b[0m\u200b" }) {
            float[] vector = embedder.embed(text);
            assertThat(vector).hasSize(384);
            assertThat(norm(vector)).as("norm for %.20s", text).isCloseTo(1.0, within(1e-4));
        }
    }

    @Test
    void truncationKeepsTheBeginningOfALongText() {
        // Past 256 tokens the text is cut, so a long tail does not change the vector much.
        String head = STAR_WARS.repeat(12);
        float[] truncated = embedder.embed(head + " " + ROMCOM.repeat(20));
        assertThat(cosine(truncated, embedder.embed(head))).isGreaterThan(0.99);
    }

    @Test
    void bundledModelIsInstalledUnderTheDataDirectory() {
        Path dir = Path.of("target/test-data/embedding/models/all-MiniLM-L6-v2");
        assertThat(dir.resolve("model.onnx")).isRegularFile();
        assertThat(dir.resolve("tokenizer.json")).isRegularFile();
        assertThat(Files.isDirectory(Path.of("target/test-data/embedding/djl"))).isTrue();
    }

    static double norm(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot / (norm(a) * norm(b));
    }
}
