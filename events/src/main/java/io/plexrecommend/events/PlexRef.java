package io.plexrecommend.events;

import java.time.Instant;

/**
 * Where an item lives in Plex and what the scanned Plex user did with it. Absent for items that did not come from
 * Plex (catalog import, demo library).
 *
 * @param ratingKey Plex's opaque item key, used for metadata and poster URLs
 * @param guid Plex's guid, e.g. {@code plex://movie/5d7768ba96b655001fdc0408}
 * @param librarySectionId the library section the item is in
 * @param userRating the token user's star rating on Plex's 0-10 scale, or null
 * @param viewCount how often the token user played it
 * @param lastViewedAt when the token user last played it, or null
 */
public record PlexRef(String ratingKey, String guid, String librarySectionId, String libraryTitle,
        Double userRating, Integer viewCount, Instant lastViewedAt) {
}
