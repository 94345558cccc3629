package io.plexrecommend.embedding.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Chunks of long texts are smaller, so a batch of long overviews cannot blow the service's native memory. */
class ChunkSizeTest {

    @Test
    void shortTextsFillAWholeBatch() {
        assertThat(SentenceEmbedder.chunkEnd(same(100, 40), 0, 32)).isEqualTo(32);
        assertThat(SentenceEmbedder.chunkEnd(same(128, 40), 0, 32)).isEqualTo(32);
    }

    @Test
    void textsTwiceAsLongAsTheBudgetGoAQuarterAtATime() {
        assertThat(SentenceEmbedder.chunkEnd(same(256, 40), 0, 32)).isEqualTo(8);
    }

    @Test
    void aChunkStopsBeforeTheTextThatWouldExceedTheBudget() {
        int[] tokens = new int[40];
        Arrays.fill(tokens, 0, 20, 50);
        Arrays.fill(tokens, 20, 40, 256);
        // 20 short texts fit; a 21st of 256 tokens would cost 21 × 256² > 32 × 128².
        assertThat(SentenceEmbedder.chunkEnd(tokens, 0, 32)).isEqualTo(20);
        assertThat(SentenceEmbedder.chunkEnd(tokens, 20, 32)).isEqualTo(28);
    }

    @Test
    void theLastTextsMakeAShorterChunkAndOneTextAlwaysFits() {
        assertThat(SentenceEmbedder.chunkEnd(same(100, 40), 32, 32)).isEqualTo(40);
        assertThat(SentenceEmbedder.chunkEnd(same(10_000, 3), 0, 1)).isEqualTo(1);
        assertThat(SentenceEmbedder.chunkEnd(same(10_000, 3), 1, 32)).isEqualTo(2);
    }

    private static int[] same(int tokens, int count) {
        int[] all = new int[count];
        Arrays.fill(all, tokens);
        return all;
    }
}
