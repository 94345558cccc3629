package io.plexrecommend.scanner.scan;

import java.time.Instant;
import java.util.List;

/**
 * A scan job as the API shows it.
 *
 * @param kind {@code plex} or {@code demo}
 * @param state queued, running, completed, failed or cancelled
 * @param total items in the chosen libraries, once known
 * @param seen items looked at; {@code published + skipped + failed} of them
 * @param skipped unchanged since the last scan: nothing published, nothing fetched
 * @param failed items not published; {@code failures} lists them and problems that lost nothing
 * @param percent progress for a progress bar, 0-100
 */
public record ScanView(String id, String kind, String state, List<String> libraries, Integer total, int seen,
        int published, int skipped, int failed, List<Failure> failures, Instant startedAt, Instant finishedAt,
        int percent) {

    /** @param item the title, or the Plex ratingKey when the title is unknown */
    public record Failure(String item, String reason) {
    }

    public boolean isFinal() {
        return state.equals("completed") || state.equals("failed") || state.equals("cancelled");
    }
}
