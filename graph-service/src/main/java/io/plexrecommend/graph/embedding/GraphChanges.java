package io.plexrecommend.graph.embedding;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Remembers that the graph or the text vectors changed since the last training run, and says when a run is due:
 * once changes have stopped for {@code debounce} (an import sends thousands in a row), or {@code maxDelay} after the
 * first unprocessed change at the latest. Cheap to call from the ingest path: two volatile writes.
 */
@ApplicationScoped
public class GraphChanges {

    private final LongSupplier nanoClock;
    private volatile long firstPendingNanos;
    private volatile long lastChangeNanos;
    private volatile boolean pending;

    public GraphChanges() {
        this(System::nanoTime);
    }

    GraphChanges(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    public void graphChanged() {
        changed();
    }

    public void textVectorsChanged() {
        changed();
    }

    private synchronized void changed() {
        long now = nanoClock.getAsLong();
        if (!pending) {
            firstPendingNanos = now;
            pending = true;
        }
        lastChangeNanos = now;
    }

    /**
     * If a run is due, clears the pending flag (changes from now on wait for the next run) and returns true.
     */
    public synchronized boolean takeIfDue(Duration debounce, Duration maxDelay) {
        if (!pending) {
            return false;
        }
        long now = nanoClock.getAsLong();
        boolean quiet = now - lastChangeNanos >= debounce.toNanos();
        boolean overdue = now - firstPendingNanos >= maxDelay.toNanos();
        if (quiet || overdue) {
            pending = false;
            return true;
        }
        return false;
    }

    public boolean pending() {
        return pending;
    }
}
