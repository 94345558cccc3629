package io.plexrecommend.scanner.catalog;

import java.util.List;

/**
 * The outcome of one catalog import.
 *
 * @param lines lines read, blank ones included
 * @param published items Kafka acknowledged
 * @param blank blank lines skipped
 * @param failed lines that were not published, in line order
 */
public record ImportReport(int lines, int published, int blank, List<Failure> failed) {

    /** @param line 1-based line number in the request body */
    public record Failure(int line, String reason) {
    }
}
