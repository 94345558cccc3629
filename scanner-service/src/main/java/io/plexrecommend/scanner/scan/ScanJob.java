package io.plexrecommend.scanner.scan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One scan job and its progress. Mutated by the job's thread and its item workers, read by the API: every method is
 * synchronized, and {@link #view()} is a consistent snapshot.
 */
public final class ScanJob {

    public enum Kind { PLEX, DEMO }

    public enum State {
        QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        boolean isFinal() {
            return this == COMPLETED || this == FAILED || this == CANCELLED;
        }
    }

    /** Where a resumed scan starts: the library (by position) and the page start within it. */
    public record Checkpoint(int library, int start) {
        public static final Checkpoint START = new Checkpoint(0, 0);
    }

    private final String id;
    private final Kind kind;
    private final List<String> libraries;
    private final Instant createdAt;
    private final int maxListedFailures;
    private State state;
    private Integer total;
    private int seen;
    private int published;
    private int skipped;
    private int failed;
    private final List<ScanView.Failure> failures;
    private Instant startedAt;
    private Instant finishedAt;
    private Checkpoint checkpoint;
    private volatile boolean cancelRequested;

    ScanJob(String id, Kind kind, List<String> libraries, State state, Integer total, int seen, int published,
            int skipped, int failed, List<ScanView.Failure> failures, Instant createdAt, Instant startedAt,
            Instant finishedAt, Checkpoint checkpoint, int maxListedFailures) {
        this.id = id;
        this.kind = kind;
        this.libraries = List.copyOf(libraries);
        this.state = state;
        this.total = total;
        this.seen = seen;
        this.published = published;
        this.skipped = skipped;
        this.failed = failed;
        this.failures = new ArrayList<>(failures);
        this.createdAt = createdAt;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.checkpoint = checkpoint == null ? Checkpoint.START : checkpoint;
        this.maxListedFailures = maxListedFailures;
    }

    static ScanJob queued(String id, Kind kind, List<String> libraries, int maxListedFailures) {
        return new ScanJob(id, kind, libraries, State.QUEUED, null, 0, 0, 0, 0, List.of(), Instant.now(), null, null,
                Checkpoint.START, maxListedFailures);
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public List<String> libraries() {
        return libraries;
    }

    synchronized Instant createdAt() {
        return createdAt;
    }

    public synchronized State state() {
        return state;
    }

    synchronized Checkpoint checkpoint() {
        return checkpoint;
    }

    synchronized void running() {
        state = State.RUNNING;
        if (startedAt == null) {
            startedAt = Instant.now();
        }
    }

    synchronized void total(int total) {
        this.total = total;
    }

    synchronized void seen(int count) {
        seen += count;
    }

    synchronized void published() {
        published++;
    }

    synchronized void skipped() {
        skipped++;
    }

    /** An item that was not published. */
    synchronized void failed(String item, String reason) {
        failed++;
        note(item, reason);
    }

    /** A problem that lost nothing (an item published without enrichment, a library left unfinished). */
    synchronized void note(String item, String reason) {
        if (failures.size() < maxListedFailures) {
            failures.add(new ScanView.Failure(item, reason));
        }
    }

    synchronized void checkpoint(Checkpoint next) {
        checkpoint = next;
    }

    synchronized void finish(State finalState) {
        state = finalState;
        finishedAt = Instant.now();
    }

    void requestCancel() {
        cancelRequested = true;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    public synchronized ScanView view() {
        int percent = state == State.COMPLETED ? 100
                : total == null || total == 0 ? 0 : (int) Math.min(100, seen * 100L / total);
        return new ScanView(id, kind.name().toLowerCase(java.util.Locale.ROOT), state.wire(), libraries, total, seen,
                published, skipped, failed, List.copyOf(failures), startedAt, finishedAt, percent);
    }
}
