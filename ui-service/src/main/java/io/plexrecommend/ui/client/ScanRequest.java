package io.plexrecommend.ui.client;

import java.util.List;

/** Body of {@code POST /api/scans}: the Plex library sections to scan. */
public record ScanRequest(List<String> libraryIds) {
}
