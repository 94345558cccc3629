package io.plexrecommend.graph.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.graph.TestItems;
import io.plexrecommend.graph.config.GraphConfig;
import io.plexrecommend.graph.mapping.MediaGraphMapper;
import io.plexrecommend.graph.messaging.GraphEmbeddingPublisher;
import io.plexrecommend.graph.store.GraphStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trained model outlives the process: a new {@link GraphEmbeddingService} over the same model file (what a
 * restart builds) starts from the saved projection and weights. A {@code @QuarkusTest} for the PyTorch class loader
 * (see {@link GraphSageGcnTest}) and the real publisher; the services under test are built by hand on a store and a
 * model file of their own.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class GraphModelRestartTest {

    @Inject
    GraphEmbeddingPublisher publisher;

    @Inject
    GraphConfig config;

    @TempDir
    Path dir;

    private GraphStore store;
    private final TextVectors textVectors = new TextVectors();

    @BeforeEach
    void library() {
        store = GraphStore.open(dir.resolve("tdb2"));
        MediaGraphMapper mapper = TestItems.mapper(15, 30);
        Random random = new Random(11);
        Map<String, Model> graphs = new LinkedHashMap<>();
        for (int k = 0; k < 60; k++) {
            String id = "movie:tmdb:" + (7000 + k);
            int community = k % 4;
            graphs.put(id, mapper.toModel(TestItems.movie(id).title("Film " + k).overview(null)
                    .genres(List.of("Genre " + community))
                    .keywords(List.of("kw " + community + "-" + random.nextInt(6), "kw " + community + "-"
                            + random.nextInt(6), "kw " + community + "-" + random.nextInt(6), "kw " + random.nextInt(20)))
                    .directors(List.of("Director " + random.nextInt(15)))
                    .cast(List.of("Actor " + random.nextInt(25), "Actor " + random.nextInt(25))).build()));
            float[] vector = new float[384];
            for (int d = 0; d < vector.length; d++) {
                vector[d] = (float) random.nextGaussian() / 20;
            }
            textVectors.put(id, vector);
        }
        store.apply(graphs);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private GraphEmbeddingService service(Path modelFile) {
        return new GraphEmbeddingService(store, textVectors, publisher, config.embedding(),
                new GraphModelFile(modelFile));
    }

    @Test
    void aRestartedServiceStartsFromTheSavedModel() {
        Path modelFile = dir.resolve("graph/model.bin");
        EmbeddingRun first = service(modelFile).run().orElseThrow();
        assertThat(first.warmStart()).isFalse();
        assertThat(modelFile).isRegularFile();

        EmbeddingRun afterRestart = service(modelFile).run().orElseThrow();

        assertThat(afterRestart.warmStart()).as("trains from the saved weights").isTrue();
        assertThat(afterRestart.modelId()).isEqualTo(first.modelId()).isEqualTo(GraphEmbeddingService.MODEL_ID);
        assertThat(afterRestart.firstLoss()).as("starts where the first run ended, not where fresh weights start")
                .isCloseTo(first.lastLoss(), org.assertj.core.data.Offset.offset(1e-3f))
                .isLessThan(first.firstLoss() * 0.8f);
        assertThat(afterRestart.steps()).isLessThanOrEqualTo(config.embedding().warmMaxSteps());
    }

    @Test
    void anUnreadableModelFileMeansAFreshStartAndIsReplaced() throws Exception {
        Path modelFile = dir.resolve("graph/model.bin");
        Files.createDirectories(modelFile.getParent());
        Files.writeString(modelFile, "not a model");

        EmbeddingRun run = service(modelFile).run().orElseThrow();

        assertThat(run.warmStart()).isFalse();
        assertThat(new GraphModelFile(modelFile).load()).hasValueSatisfying(model -> {
            assertThat(model.modelId()).isEqualTo(GraphEmbeddingService.MODEL_ID);
            assertThat(model.projection().in()).isEqualTo(384);
            assertThat(model.projection().out()).isEqualTo(config.embedding().projectedDimension());
        });
    }
}
