package io.plexrecommend.graph.rebuild;

import java.time.Instant;

/**
 * The latest rebuild: {@code idle} (none since start), {@code running}, {@code completed} or {@code failed}; how many
 * items it put into the graph and how many records it skipped as unreadable.
 */
public record RebuildState(String state, String reason, Instant startedAt, Instant finishedAt, int items,
        int skipped, String error) {

    static RebuildState idle() {
        return new RebuildState("idle", null, null, null, 0, 0, null);
    }

    static RebuildState running(String reason) {
        return new RebuildState("running", reason, Instant.now(), null, 0, 0, null);
    }

    RebuildState completed(int items, int skipped) {
        return new RebuildState("completed", reason, startedAt, Instant.now(), items, skipped, null);
    }

    RebuildState failed(String error) {
        return new RebuildState("failed", reason, startedAt, Instant.now(), 0, 0, error);
    }

    boolean isRunning() {
        return "running".equals(state);
    }
}
