package io.plexrecommend.ui.client;

import java.util.List;

/** scanner-service's answer to a catalog import: lines read, events published, and the lines it refused. */
public record ImportReport(int lines, int published, List<FailedLine> failed) {

    public ImportReport {
        failed = failed == null ? List.of() : List.copyOf(failed);
    }

    public record FailedLine(int line, String reason) {
    }
}
