package io.plexrecommend.graph.store;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Decides when the {@link GraphStore} compacts: once {@code afterWrites} changing write transactions piled up (or half
 * as many as the store held at its last compaction, when that is more), and once
 * writes have stopped for {@code idleAfter} (so the garbage of the last writes does not stay on disk until the next
 * import). A failed compaction is logged and counted, never thrown: the store keeps working on its current
 * generation and tries again after another {@code afterWrites} writes or idle period.
 */
public class GraphCompactor {

    private static final Logger LOG = Logger.getLogger(GraphCompactor.class);

    private final GraphStore store;
    private final long afterWrites;
    private final Duration idleAfter;
    private final LongSupplier nanoClock;
    private final AtomicLong failures = new AtomicLong();
    private volatile long writeThreshold;
    private volatile long lastSeenWrites;
    private volatile long quietSinceNanos;

    /**
     * @param afterWrites compact once this many changing writes are pending; 0 turns this trigger off
     * @param idleAfter compact pending writes once none came for this long; zero turns this trigger off
     */
    public GraphCompactor(GraphStore store, long afterWrites, Duration idleAfter) {
        this(store, afterWrites, idleAfter, System::nanoTime);
    }

    GraphCompactor(GraphStore store, long afterWrites, Duration idleAfter, LongSupplier nanoClock) {
        this.store = store;
        this.afterWrites = afterWrites;
        this.idleAfter = idleAfter;
        this.nanoClock = nanoClock;
        this.writeThreshold = afterWrites;
        this.quietSinceNanos = nanoClock.getAsLong();
    }

    /** Call after each write: compacts when enough changing writes are pending. */
    public Optional<CompactionResult> afterWrite() {
        long pending = store.writesSinceCompaction();
        if (afterWrites > 0 && pending >= writeThreshold) {
            return compact("after " + pending + " writes");
        }
        return Optional.empty();
    }

    /**
     * Call periodically: compacts when writes are pending and their number has not changed for {@code idleAfter}.
     * Quiet time is measured from the first call that saw the current number, so the write path needs no clock.
     */
    public Optional<CompactionResult> whenIdle() {
        long pending = store.writesSinceCompaction();
        long now = nanoClock.getAsLong();
        if (pending != lastSeenWrites) {
            lastSeenWrites = pending;
            quietSinceNanos = now;
            return Optional.empty();
        }
        if (idleAfter.isZero() || pending == 0 || now - quietSinceNanos < idleAfter.toNanos()) {
            return Optional.empty();
        }
        return compact("idle with " + pending + " writes pending");
    }

    /** Compacts now, e.g. after a rebuild rewrote everything; like the triggers, logs and counts a failure. */
    public Optional<CompactionResult> now(String why) {
        return compact(why);
    }

    /** Compactions that threw (the store carried on without them). */
    public long failures() {
        return failures.get();
    }

    private Optional<CompactionResult> compact(String why) {
        long started = System.nanoTime();
        long pending = store.writesSinceCompaction();
        try {
            Optional<CompactionResult> result = store.compact();
            result.ifPresent(r -> {
                // A compaction copies the whole store, so the next one waits for at least half as many changed items
                // as the store holds: an import then pays about two copies per item, where a fixed 500 copied the
                // whole growing store every 500 items (32 compactions of up to 76 s in a 20,000-item import).
                writeThreshold = Math.max(afterWrites, store.itemCount() / 2);
                LOG.infof("Compacted the graph store (%s): %d MB -> %d MB in %d ms", why, r.bytesBefore() >> 20,
                        r.bytesAfter() >> 20, (System.nanoTime() - started) / 1_000_000);
            });
            return result;
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            // Not on every following write or check: wait for as much new garbage (or quiet) as the first time.
            writeThreshold = pending + afterWrites;
            quietSinceNanos = nanoClock.getAsLong();
            LOG.errorf(e, "Compacting the graph store at %s failed (%s); it keeps working uncompacted",
                    store.directory(), why);
            return Optional.empty();
        }
    }
}
