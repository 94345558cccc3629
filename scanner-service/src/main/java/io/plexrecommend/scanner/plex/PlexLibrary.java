package io.plexrecommend.scanner.plex;

import io.plexrecommend.events.MediaType;

/**
 * A Plex library section the scanner can read: {@code type} is {@code movie} or {@code show}; {@code itemCount} is
 * null where it was not asked for.
 */
public record PlexLibrary(String id, String title, String type, Integer itemCount) {

    public MediaType mediaType() {
        return MediaType.fromWire(type);
    }

    /** Plex's item type code for {@code /all?type=}: 1 movie, 2 show. */
    int plexTypeCode() {
        return mediaType() == MediaType.MOVIE ? 1 : 2;
    }

    PlexLibrary withItemCount(Integer count) {
        return new PlexLibrary(id, title, type, count);
    }
}
