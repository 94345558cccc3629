package io.plexrecommend.ui.client;

import java.util.List;

/** scanner-service's report of a ratings CSV import: rows read, ratings imported, and the rows it could not use. */
public record RatingsImportReport(String format, int rows, int imported, int matched, int unmatched,
        List<Problem> problems) {

    public RatingsImportReport {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public record Problem(Integer line, String title, String reason) {
    }
}
