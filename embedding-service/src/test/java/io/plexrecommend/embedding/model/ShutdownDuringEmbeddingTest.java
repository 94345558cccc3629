package io.plexrecommend.embedding.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.embedding.config.DataDirConfig;
import io.plexrecommend.embedding.config.EmbeddingConfig;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A stop (docker stop, Ctrl-C) while a batch is being embedded: the model is closed only after the running forward
 * pass, instead of freeing the ONNX session under it, which crashed the JVM with a SIGSEGV in libonnxruntime.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ShutdownDuringEmbeddingTest {

    @Inject
    EmbeddingConfig config;

    @Inject
    DataDirConfig dataDir;

    @Test
    void closingWhileABatchRunsWaitsForItAndLeavesTheProcessAlive() throws Exception {
        SentenceEmbedder own = new SentenceEmbedder(config, dataDir);
        own.load();
        List<String> texts = Collections.nCopies(400, SentenceEmbedderTest.STAR_WARS);

        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> own.embedAll(texts, 1).size());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5)).until(own::isEmbedding);
        own.close();

        // The close waited for the batch; it never ran on a closed session. Reaching these lines at all means the
        // JVM survived.
        assertThat(running.get(60, TimeUnit.SECONDS)).isEqualTo(texts.size());
        assertThat(own.isLoaded()).isFalse();
    }
}
