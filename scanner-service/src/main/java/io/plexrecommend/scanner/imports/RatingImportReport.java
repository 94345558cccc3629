package io.plexrecommend.scanner.imports;

import java.util.List;

/**
 * The outcome of one rating import.
 *
 * @param rows data rows read (the header not counted)
 * @param imported ratings Kafka acknowledged: one per title (a title rated on several lines counts once, and the
 *        other lines are listed in {@code problems})
 * @param matched rows matched to a library item
 * @param unmatched rows not matched (no such item in the library, ambiguous, or unreadable)
 * @param problems why each row that was not imported was not, by line number
 */
public record RatingImportReport(String format, int rows, int imported, int matched, int unmatched,
        List<Problem> problems) {

    /** @param line 1-based line of the file */
    public record Problem(long line, String title, String reason) {
    }
}
