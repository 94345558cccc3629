package io.plexrecommend.scanner.plex;

import io.plexrecommend.events.ExternalIds;
import io.plexrecommend.events.MediaId;
import io.plexrecommend.events.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * External ids from Plex's guids: the modern {@code Guid[]} entries ({@code tmdb://603}, {@code tvdb://81189},
 * {@code imdb://tt0133093}) and, for items matched by the legacy agents, the item's own {@code guid}
 * ({@code com.plexapp.agents.imdb://tt0133093?lang=en}, {@code ...themoviedb://603}, {@code ...thetvdb://81189},
 * and HAMA's {@code ...hama://tvdb-305074?lang=en}). Values that do not parse are ignored: a strange guid must not
 * lose the item, which still gets a stable id of its own from {@link #mediaId}.
 *
 * <p>A {@code tvdb://} id is TheTVDB's id <em>for the item's type</em>: Plex's modern movie agent gives movies
 * TheTVDB movie ids, a numbering of their own. The id is kept with the item, whose type says which numbering it is
 * ({@code movie:tvdb:1876} is not {@code show:tvdb:1876}); lookups by TVDB id always name the type.
 */
public final class PlexGuids {

    private static final Pattern MODERN = Pattern.compile("^(tmdb|tvdb|imdb)://([^/?#]+)");
    private static final Pattern LEGACY =
            Pattern.compile("^com\\.plexapp\\.agents\\.(imdb|themoviedb|thetvdb|tmdb|tvdb)://([^/?#]+)");
    /** HAMA (anime): {@code tvdb-N}, {@code tvdb2-N}...{@code tvdb6-N} are TheTVDB series ids; anidb ids are not ours. */
    private static final Pattern HAMA_TVDB = Pattern.compile("^com\\.plexapp\\.agents\\.hama://tvdb\\d?-(\\d{1,18})(?:[/?#]|$)");
    private static final Pattern PLEX = Pattern.compile("^plex://[a-z]+/([A-Za-z0-9._-]{1,128})$");
    private static final Pattern SCHEME = Pattern.compile("^(?:com\\.plexapp\\.agents\\.)?([A-Za-z0-9._-]{1,64})://(.*)$");

    public static ExternalIds parse(List<String> guidIds, String guid) {
        ExternalIds modern = ExternalIds.NONE;
        for (String id : guidIds) {
            Matcher m = MODERN.matcher(id.strip());
            if (m.find()) {
                modern = modern.orElse(toIds(m.group(1), m.group(2)));
            }
        }
        if (guid != null) {
            Matcher m = LEGACY.matcher(guid.strip());
            if (m.find()) {
                return modern.orElse(toIds(m.group(1), m.group(2)));
            }
            Matcher hama = HAMA_TVDB.matcher(guid.strip());
            if (hama.find()) {
                return modern.orElse(new ExternalIds(null, Long.valueOf(hama.group(1)), null));
            }
        }
        return modern;
    }

    /**
     * The canonical id: from the external ids when there are any, else from the whole Plex guid. A modern
     * {@code plex://movie/5d77...} guid gives {@code movie:plex:5d77...}; any other agent ({@code local://8369},
     * {@code com.plexapp.agents.none://8371?lang=xn}, {@code com.plexapp.agents.hama://anidb-1/1/5?lang=en}) gives
     * its agent and its whole path ({@code local.8369}, {@code none.8371}, {@code hama.anidb-1.1.5}), so two items
     * never share an id because their guids end alike; a path too long for an id is replaced by its SHA-256.
     *
     * @throws IllegalArgumentException when there is neither an external id nor a guid
     */
    public static MediaId mediaId(MediaType type, ExternalIds ids, String guid) {
        ExternalIds known = ids == null ? ExternalIds.NONE : ids;
        if (known.tmdb() != null || known.tvdb() != null || known.imdb() != null || guid == null || guid.isBlank()) {
            return MediaId.of(type, known, null);
        }
        return new MediaId(type, MediaId.Source.PLEX, guidKey(guid.strip()));
    }

    /** The part of a guid that names the item: see {@link #mediaId}. */
    static String guidKey(String guid) {
        Matcher plex = PLEX.matcher(guid);
        if (plex.matches()) {
            return plex.group(1);
        }
        Matcher m = SCHEME.matcher(guid);
        String key;
        if (m.matches()) {
            String path = m.group(2);
            int query = path.indexOf('?');
            path = (query >= 0 ? path.substring(0, query) : path).replaceAll("/+$", "");
            key = m.group(1).toLowerCase(Locale.ROOT) + "." + path.replace('/', '.');
        } else {
            key = guid;
        }
        key = key.replaceAll("[^A-Za-z0-9._-]", "_");
        return key.length() <= 128 && !key.isEmpty() ? key : "sha256-" + sha256(guid).substring(0, 48);
    }

    private static ExternalIds toIds(String agent, String value) {
        return switch (agent) {
            case "tmdb", "themoviedb" -> new ExternalIds(number(value), null, null);
            case "tvdb", "thetvdb" -> new ExternalIds(null, number(value), null);
            default -> new ExternalIds(null, null, value.matches("tt\\d+") ? value : null);
        };
    }

    private static Long number(String value) {
        return value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private PlexGuids() {
    }
}
