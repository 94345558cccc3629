package io.plexrecommend.graph.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The debounce that keeps an import of thousands of titles from starting thousands of training runs. */
class GraphChangesTest {

    private static final Duration DEBOUNCE = Duration.ofSeconds(30);
    private static final Duration MAX_DELAY = Duration.ofMinutes(10);

    private long now;
    private final GraphChanges changes = new GraphChanges(() -> now);

    private void advance(Duration by) {
        now += by.toNanos();
    }

    @Test
    void nothingChangedMeansNoRun() {
        advance(Duration.ofHours(1));
        assertThat(changes.takeIfDue(DEBOUNCE, MAX_DELAY)).isFalse();
    }

    @Test
    void aRunIsDueOnceChangesStoppedForTheDebounceAndOnlyOnce() {
        changes.graphChanged();
        advance(Duration.ofSeconds(20));
        changes.textVectorsChanged();
        advance(Duration.ofSeconds(20));
        assertThat(changes.takeIfDue(DEBOUNCE, MAX_DELAY)).as("only 20 s since the last change").isFalse();

        advance(Duration.ofSeconds(10));
        assertThat(changes.takeIfDue(DEBOUNCE, MAX_DELAY)).isTrue();
        assertThat(changes.pending()).isFalse();
        advance(Duration.ofMinutes(5));
        assertThat(changes.takeIfDue(DEBOUNCE, MAX_DELAY)).as("taken").isFalse();
    }

    @Test
    void changesThatNeverStopStillGetARunAfterTheMaximumDelay() {
        for (int k = 0; k < 60; k++) {
            changes.graphChanged();
            assertThat(changes.takeIfDue(DEBOUNCE, MAX_DELAY)).isFalse();
            advance(Duration.ofSeconds(10));
        }
        changes.graphChanged();
        assertThat(changes.takeIfDue(DEBOUNCE, MAX_DELAY)).isTrue();
    }
}
