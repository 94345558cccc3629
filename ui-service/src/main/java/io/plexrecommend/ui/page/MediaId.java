package io.plexrecommend.ui.page;

/**
 * Canonical media ids ({@code movie:tmdb:603}, {@code show:tvdb:81189}, {@code movie:plex:1234}): checked with the
 * events module's rule before they are put into another service's URL or a cache key.
 */
public final class MediaId {

    private MediaId() {
    }

    public static String parse(String value) {
        if (!io.plexrecommend.events.MediaId.isValid(value)) {
            throw new BadInputException("Not a media id: a media id looks like movie:tmdb:603.");
        }
        return value;
    }
}
