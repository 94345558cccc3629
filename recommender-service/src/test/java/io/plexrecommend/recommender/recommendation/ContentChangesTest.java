package io.plexrecommend.recommender.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ContentChangesTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final ContentChanges changes = new ContentChanges(Duration.ofMinutes(1), now::get);

    @Test
    void aLargeChangeRebuildsOnlyOnceTheCatalogHasBeenQuietForTheSettleTime() {
        changeItems(30); // of 100: more than a fifth
        assertThat(changes.largely(100)).as("still arriving").isFalse();

        advance(Duration.ofSeconds(59));
        assertThat(changes.largely(100)).isFalse();
        changeItems(1);
        advance(Duration.ofSeconds(59));
        assertThat(changes.largely(100)).as("the last change restarted the wait").isFalse();

        advance(Duration.ofSeconds(1));
        assertThat(changes.largely(100)).isTrue();

        changes.rebuilding();
        assertThat(changes.largely(100)).as("the build saw every change").isFalse();
    }

    @Test
    void aFewChangesAreLeftToTheIncrementalRows() {
        changeItems(20); // exactly a fifth of 100, and never fewer than 20 count
        advance(Duration.ofHours(1));
        assertThat(changes.largely(100)).isFalse();
        assertThat(changes.largely(60)).as("20 of 60 is more than a fifth, but the floor is 20").isFalse();

        changeItems(1);
        advance(Duration.ofMinutes(1));
        assertThat(changes.largely(100)).isTrue();
    }

    @Test
    void rowsMissingAtStartCountWithoutRestartingTheWait() {
        advance(Duration.ofMinutes(1));
        changes.changedEarlier(5_000);
        assertThat(changes.largely(20_000)).as("the matrix was stored before these items came").isTrue();
    }

    private void changeItems(int count) {
        for (int i = 0; i < count; i++) {
            changes.changed();
        }
    }

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }
}
