package io.plexrecommend.recommender.recommendation;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Item changes since the last full content build, and when a full rebuild pays off: when more than a fifth of the
 * items changed (a catalog import, a wave of new vectors), so fresh document frequencies matter, and nothing changed
 * for {@code settle}. Without the wait, an import of 20,000 titles triggered a rebuild every few thousand items, and
 * each took three quarters of a core from the embedding of that same import; new items get their rows incrementally
 * meanwhile.
 */
final class ContentChanges {

    private final AtomicInteger sinceBuild = new AtomicInteger();
    private final long settleNanos;
    private final LongSupplier nanoClock;
    private volatile long lastChange;

    ContentChanges(Duration settle, LongSupplier nanoClock) {
        this.settleNanos = settle.toNanos();
        this.nanoClock = nanoClock;
        this.lastChange = nanoClock.getAsLong();
    }

    /** An item or its vectors changed now. */
    void changed() {
        sinceBuild.incrementAndGet();
        lastChange = nanoClock.getAsLong();
    }

    /** Items that changed before this process started (rows missing from the stored matrix). */
    void changedEarlier(int items) {
        sinceBuild.addAndGet(items);
    }

    /** A full build starts: it sees every change made so far. */
    void rebuilding() {
        sinceBuild.set(0);
    }

    boolean largely(int items) {
        return sinceBuild.get() > Math.max(20, items / 5) && nanoClock.getAsLong() - lastChange >= settleNanos;
    }
}
