package io.plexrecommend.scanner.scan;

import io.plexrecommend.events.ImageRef;

/**
 * What the item index remembers about one library entry.
 *
 * @param plexUpdatedAt Plex's {@code updatedAt} of the version published, or null to publish it again next scan
 */
public record IndexedItem(String libraryId, String ratingKey, String mediaId, String type, String title, Integer year,
        Long tmdbId, Long tvdbId, String imdbId, Long plexUpdatedAt, ImageRef poster, String contentHash) {
}
