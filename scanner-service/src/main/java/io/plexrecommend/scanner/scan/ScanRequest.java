package io.plexrecommend.scanner.scan;

import java.util.List;

/** Body of {@code POST /api/scans}: the Plex library ids to scan (all movie and show libraries when empty). */
public record ScanRequest(List<String> libraryIds) {
}
