package io.plexrecommend.scanner.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plexrecommend.events.ImageRef;
import io.plexrecommend.events.MediaItem;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the item index remembers about one library entry.
 *
 * @param libraryId {@code plex:<section>}, {@code demo:<section>}, or {@link #CATALOG} for catalog imports
 * @param ratingKey Plex's ratingKey; the media id for catalog entries
 * @param listingVersion Plex's {@code updatedAt} and the user's rating and watches, as listed when it was last
 *        published; null to read and publish it again next scan (always null for catalog entries)
 */
public record IndexedItem(String libraryId, String ratingKey, String mediaId, String type, String title, Integer year,
        Long tmdbId, Long tvdbId, String imdbId, String listingVersion, ImageRef poster, String contentHash) {

    /**
     * The library id of catalog-imported titles. Scans remove vanished entries per Plex or demo library, so they never
     * touch these.
     */
    public static final String CATALOG = "catalog";

    /** The entry for {@code item} as published, with the SHA-256 of its JSON ({@code json} is the app's mapper). */
    public static IndexedItem published(String libraryId, String ratingKey, MediaItem item, String listingVersion,
            ObjectMapper json) {
        return new IndexedItem(libraryId, ratingKey, item.mediaId(), item.type().wireName(), item.title(), item.year(),
                item.externalIds().tmdb(), item.externalIds().tvdb(), item.externalIds().imdb(), listingVersion,
                item.poster(), hash(item, json));
    }

    private static String hash(MediaItem item, ObjectMapper json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(item));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
