package io.plexrecommend.ui.page;

import java.util.regex.Pattern;

/**
 * Canonical media ids ({@code movie:tmdb:603}, {@code show:tvdb:81189}, {@code movie:plex:1234}): checked before
 * they are put into another service's URL or a cache key.
 */
public final class MediaId {

    private static final Pattern CANONICAL = Pattern.compile("[a-z]+:[a-z0-9]+:[A-Za-z0-9._-]{1,64}");

    private MediaId() {
    }

    public static String parse(String value) {
        if (value == null || !CANONICAL.matcher(value).matches()) {
            throw new BadInputException("Not a media id: a media id looks like movie:tmdb:603.");
        }
        return value;
    }
}
