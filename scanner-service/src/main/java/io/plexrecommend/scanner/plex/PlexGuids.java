package io.plexrecommend.scanner.plex;

import io.plexrecommend.events.ExternalIds;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * External ids from Plex's guids: the modern {@code Guid[]} entries ({@code tmdb://603}, {@code tvdb://81189},
 * {@code imdb://tt0133093}) and, for items matched by the legacy agents, the item's own {@code guid}
 * ({@code com.plexapp.agents.imdb://tt0133093?lang=en}, {@code ...themoviedb://603}, {@code ...thetvdb://81189}).
 * Values that do not parse are ignored: a strange guid must not lose the item, which can still fall back to its
 * Plex guid.
 */
public final class PlexGuids {

    private static final Pattern MODERN = Pattern.compile("^(tmdb|tvdb|imdb)://([^/?#]+)");
    private static final Pattern LEGACY =
            Pattern.compile("^com\\.plexapp\\.agents\\.(imdb|themoviedb|thetvdb|tmdb|tvdb)://([^/?#]+)");

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
        }
        return modern;
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

    private PlexGuids() {
    }
}
