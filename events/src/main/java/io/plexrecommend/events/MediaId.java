package io.plexrecommend.events;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical id of a title across the system, such as {@code movie:tmdb:603} or {@code show:tvdb:81189}.
 *
 * <p>It is derived from the external ids, not from Plex's ratingKey, so the same title found in the catalog import
 * and in Plex, or a Plex item that was removed and added again, is one item. Movies prefer TMDB, shows prefer TVDB
 * (the ids their metadata agents are keyed by); the Plex guid is the last resort for unmatched items.
 */
public record MediaId(MediaType type, Source source, String value) {

    public enum Source { TMDB, TVDB, IMDB, PLEX }

    private static final Pattern FORMAT = Pattern.compile("^(movie|show):(tmdb|tvdb|imdb|plex):([A-Za-z0-9._-]{1,128})$");

    public MediaId {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("media id value is missing");
        }
    }

    /** Derives the canonical id; {@code plexGuid} (e.g. {@code plex://movie/5d77...}) is used only without external ids. */
    public static MediaId of(MediaType type, ExternalIds ids, String plexGuid) {
        ExternalIds known = ids == null ? ExternalIds.NONE : ids;
        if (type == MediaType.MOVIE && known.tmdb() != null) {
            return new MediaId(type, Source.TMDB, known.tmdb().toString());
        }
        if (type == MediaType.SHOW && known.tvdb() != null) {
            return new MediaId(type, Source.TVDB, known.tvdb().toString());
        }
        if (known.tmdb() != null) {
            return new MediaId(type, Source.TMDB, known.tmdb().toString());
        }
        if (known.imdb() != null) {
            return new MediaId(type, Source.IMDB, known.imdb());
        }
        if (known.tvdb() != null) {
            return new MediaId(type, Source.TVDB, known.tvdb().toString());
        }
        if (plexGuid != null && !plexGuid.isBlank()) {
            String tail = plexGuid.substring(plexGuid.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
            return new MediaId(type, Source.PLEX, tail);
        }
        throw new IllegalArgumentException("an item needs a TMDB, TVDB or IMDb id or a Plex guid");
    }

    /** Parses the wire form; throws {@link IllegalArgumentException} with the reason if it is not one. */
    public static MediaId parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a media id (expected e.g. movie:tmdb:603)");
        }
        return new MediaId(MediaType.fromWire(m.group(1)), Source.valueOf(m.group(2).toUpperCase()), m.group(3));
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return type.wireName() + ":" + source.name().toLowerCase() + ":" + value;
    }
}
