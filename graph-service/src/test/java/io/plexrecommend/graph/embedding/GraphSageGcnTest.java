package io.plexrecommend.graph.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.graph.mapping.Relation;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The network on the real PyTorch engine, on a small library with communities of titles. A {@code @QuarkusTest}
 * only so that it runs in the application's class loader: a JVM loads PyTorch's native library into one class
 * loader, and the application's training (in the other tests) needs it there.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class GraphSageGcnTest {

    private static final int TEXT_DIM = 48;

    private final Random random = new Random(7);
    private final Map<String, float[]> text = new HashMap<>();
    private final GraphSnapshot.Builder graph = GraphSnapshot.builder();

    /** Six "communities" (a genre and eight keywords each) of 20 titles, with directors shared at random. */
    private void library() {
        for (int c = 0; c < 6; c++) {
            for (int k = 0; k < 20; k++) {
                String id = "movie:tmdb:" + (1000 + c * 100 + k);
                community(id, c);
                graph.link(id, Relation.DIRECTOR, "person/director-" + random.nextInt(40));
                graph.link(id, Relation.KEYWORD, "keyword/common-" + random.nextInt(30));
                text.put(id, randomVector());
            }
        }
    }

    private void community(String id, int c) {
        graph.link(id, Relation.GENRE, "genre/" + c);
        for (int k = 0; k < 4; k++) {
            graph.link(id, Relation.KEYWORD, "keyword/" + c + "-" + random.nextInt(8));
        }
    }

    @Test
    void itemsSharingDirectorAndKeywordsEndUpCloserThanItemsWithSimilarOverviewsOnly() {
        library();
        // A and B: unrelated overviews, same director and four keywords nobody else has.
        community("movie:tmdb:1", 0);
        community("movie:tmdb:2", 3);
        for (String id : List.of("movie:tmdb:1", "movie:tmdb:2")) {
            graph.link(id, Relation.DIRECTOR, "person/shared-director");
            for (int k = 0; k < 4; k++) {
                graph.link(id, Relation.KEYWORD, "keyword/shared-" + k);
            }
            text.put(id, randomVector());
        }
        // C and D: almost the same overview vector, nothing in common in the graph.
        community("movie:tmdb:3", 1);
        community("movie:tmdb:4", 4);
        float[] overview = randomVector();
        text.put("movie:tmdb:3", overview);
        text.put("movie:tmdb:4", nudged(overview));
        assertThat(cosine(text.get("movie:tmdb:3"), text.get("movie:tmdb:4"))).isGreaterThan(0.95);
        assertThat(cosine(text.get("movie:tmdb:1"), text.get("movie:tmdb:2"))).isLessThan(0.5);

        GraphSnapshot snapshot = graph.build();
        NodeFeatures features = NodeFeatures.of(snapshot, id -> Optional.ofNullable(text.get(id)),
                TextProjection.random(TEXT_DIM, 64, 42));
        GraphSageGcn.Result result = new GraphSageGcn(64, 32, 2, 0.01f, 42, 8192).train(snapshot, features, null, 300);

        Map<String, float[]> vectors = new HashMap<>();
        for (int i = 0; i < snapshot.itemCount(); i++) {
            vectors.put(snapshot.mediaIds().get(i), result.itemVectors()[i]);
        }
        double sharedGraph = cosine(vectors.get("movie:tmdb:1"), vectors.get("movie:tmdb:2"));
        double similarText = cosine(vectors.get("movie:tmdb:3"), vectors.get("movie:tmdb:4"));
        System.out.printf("graph signal: shared graph cos %.3f, similar text only cos %.3f, %d steps, held-out loss "
                + "%.3f -> %.3f%n", sharedGraph, similarText, result.steps(), result.firstLoss(), result.lastLoss());
        assertThat(sharedGraph).as("director + keywords shared (cos %.3f) vs similar overviews only (cos %.3f)",
                sharedGraph, similarText).isGreaterThan(similarText + 0.2);
        assertThat(result.lastLoss()).as("training lowers the link-prediction loss").isLessThan(result.firstLoss());
        assertThat(List.of(result.itemVectors())).hasSize(snapshot.itemCount()).allSatisfy(v -> {
            assertThat(v).hasSize(32);
            assertThat(norm(v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        });
    }

    private float[] randomVector() {
        float[] v = new float[TEXT_DIM];
        for (int k = 0; k < v.length; k++) {
            v[k] = (float) random.nextGaussian();
        }
        return normalized(v);
    }

    private float[] nudged(float[] v) {
        float[] w = v.clone();
        for (int k = 0; k < w.length; k++) {
            w[k] += (float) random.nextGaussian() * 0.03f;
        }
        return normalized(w);
    }

    private static float[] normalized(float[] v) {
        double n = norm(v);
        for (int k = 0; k < v.length; k++) {
            v[k] /= (float) n;
        }
        return v;
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float f : v) {
            s += f * f;
        }
        return Math.sqrt(s);
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int k = 0; k < a.length; k++) {
            dot += a[k] * b[k];
        }
        return dot / (norm(a) * norm(b));
    }
}
