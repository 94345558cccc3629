package io.plexrecommend.ui.client;

import java.util.List;

/** A scan's progress as scanner-service reports it ({@code GET /api/scans/{id}} and each of its SSE events). */
public record Scan(String id, String state, Integer total, int seen, int published, int skipped, int failed,
        List<Failure> failures, int percent, String startedAt, String finishedAt) {

    public Scan {
        failures = failures == null ? List.of() : List.copyOf(failures);
        percent = Math.max(0, Math.min(100, percent));
    }

    /** No more events follow once a scan reached one of these states. */
    public boolean finished() {
        return "completed".equals(state) || "failed".equals(state) || "cancelled".equals(state);
    }

    public record Failure(String item, String reason) {
    }
}
