package io.plexrecommend.scanner.scan;

import io.plexrecommend.events.ImageRef;

/**
 * What the item index remembers about one library entry.
 *
 * @param listingVersion Plex's {@code updatedAt} and the user's rating and watches, as listed when it was last
 *        published; null to read and publish it again next scan
 */
public record IndexedItem(String libraryId, String ratingKey, String mediaId, String type, String title, Integer year,
        Long tmdbId, Long tvdbId, String imdbId, String listingVersion, ImageRef poster, String contentHash) {
}
