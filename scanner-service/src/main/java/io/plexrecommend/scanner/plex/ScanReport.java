package io.plexrecommend.scanner.plex;

import java.util.List;

/**
 * The outcome of scanning one library.
 *
 * @param library the library (section) id
 * @param seen items Plex listed
 * @param published items Kafka acknowledged
 * @param failed items that were not published, with the reason
 */
public record ScanReport(String library, int seen, int published, List<Failure> failed) {

    public record Failure(String ratingKey, String title, String reason) {
    }
}
