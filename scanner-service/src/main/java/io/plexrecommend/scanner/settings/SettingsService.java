package io.plexrecommend.scanner.settings;

import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.scanner.config.ScannerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The settings in effect: each value saved through the API, else the environment default ({@code PLEX_URL},
 * {@code PLEX_TOKEN}, {@code TMDB_API_KEY}, {@code TMDB_READ_TOKEN}, {@code TVDB_API_KEY}, {@code TVDB_PIN}).
 */
@ApplicationScoped
public class SettingsService {

    static final String PLEX_URL = "plex.url";
    static final String PLEX_TOKEN = "plex.token";
    static final String PLEX_PROFILE = "plex.profile";
    static final String TMDB_API_KEY = "tmdb.apiKey";
    static final String TMDB_READ_TOKEN = "tmdb.readToken";
    static final String TVDB_API_KEY = "tvdb.apiKey";
    static final String TVDB_PIN = "tvdb.pin";
    static final String PLAYLISTS_ENABLED = "playlists.enabled";
    static final String PLAYLISTS_SIZE = "playlists.size";

    private final SettingsStore store;
    private final ScannerConfig config;

    private final Event<SettingsChanged> changed;

    public SettingsService(SettingsStore store, ScannerConfig config, Event<SettingsChanged> changed) {
        this.store = store;
        this.config = config;
        this.changed = changed;
    }

    public Settings current() {
        Map<String, String> saved = store.values();
        Function<String, Function<Optional<String>, String>> value = name -> fallback -> {
            String v = saved.containsKey(name) ? saved.get(name) : fallback.orElse(null);
            return v == null || v.isBlank() ? null : v.strip();
        };
        String profile = value.apply(PLEX_PROFILE).apply(Optional.of(config.plex().profile()));
        return new Settings(
                value.apply(PLEX_URL).apply(config.plex().url()),
                value.apply(PLEX_TOKEN).apply(config.plex().token()),
                profile != null ? profile : config.plex().profile(),
                value.apply(TMDB_API_KEY).apply(config.tmdb().apiKey()),
                value.apply(TMDB_READ_TOKEN).apply(config.tmdb().readToken()),
                value.apply(TVDB_API_KEY).apply(config.tvdb().apiKey()),
                value.apply(TVDB_PIN).apply(config.tvdb().pin()),
                store.profiles(),
                new Settings.Playlists("true".equals(saved.get(PLAYLISTS_ENABLED)), size(saved.get(PLAYLISTS_SIZE))));
    }

    private static int size(String saved) {
        try {
            return saved == null || saved.isBlank() ? Settings.Playlists.DEFAULT_SIZE : Integer.parseInt(saved);
        } catch (NumberFormatException e) {
            return Settings.Playlists.DEFAULT_SIZE;
        }
    }

    public SettingsView view() {
        return SettingsView.masked(current());
    }

    /** Applies a partial update (absent or null = keep, {@code ""} = clear) and answers the masked result. */
    public SettingsView update(SettingsView update) {
        if (update == null) {
            throw new InvalidSettingsException("the body must be a JSON object like GET /api/settings answers");
        }
        Map<String, String> values = new HashMap<>();
        if (update.plex() != null) {
            put(values, PLEX_URL, validUrl(update.plex().url()));
            put(values, PLEX_TOKEN, update.plex().token());
            if (update.plex().profile() != null && !update.plex().profile().isEmpty()) {
                put(values, PLEX_PROFILE, validProfile(update.plex().profile()));
            }
        }
        if (update.tmdb() != null) {
            put(values, TMDB_API_KEY, update.tmdb().apiKey());
            put(values, TMDB_READ_TOKEN, update.tmdb().readToken());
        }
        if (update.tvdb() != null) {
            put(values, TVDB_API_KEY, update.tvdb().apiKey());
            put(values, TVDB_PIN, update.tvdb().pin());
        }
        if (update.playlists() != null) {
            if (update.playlists().enabled() != null) {
                values.put(PLAYLISTS_ENABLED, update.playlists().enabled().toString());
            }
            Integer size = update.playlists().size();
            if (size != null) {
                if (size < 1 || size > Settings.Playlists.MAX_SIZE) {
                    throw new InvalidSettingsException("playlists.size must be 1 to " + Settings.Playlists.MAX_SIZE
                            + ", was " + size);
                }
                values.put(PLAYLISTS_SIZE, size.toString());
            }
        }
        Optional<List<Settings.ProfileToken>> profiles = Optional.ofNullable(update.profiles()).map(list -> list.stream()
                .map(p -> {
                    if (p == null) {
                        throw new InvalidSettingsException("profiles: an entry is null");
                    }
                    return new Settings.ProfileToken(validProfile(p.profile()),
                            p.plexToken() == null ? null : p.plexToken().strip());
                })
                .toList());
        Settings before = current();
        store.save(values, profiles);
        Settings after = current();
        if (!before.playlists().equals(after.playlists()) || !before.plexProfiles().equals(after.plexProfiles())) {
            // Written or removed in the background: Plex may be slow, and the answer to PUT must not wait for it.
            changed.fireAsync(new SettingsChanged(before, after));
        }
        return view();
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null) {
            values.put(name, value.strip());
        }
    }

    private static String validUrl(String url) {
        if (url == null || url.isBlank()) {
            return url;
        }
        try {
            URI uri = URI.create(url.strip());
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return url.strip().replaceAll("/+$", "");
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidSettingsException("plex.url '" + url + "' is not an http(s) URL such as http://192.168.1.10:32400");
    }

    private static String validProfile(String profile) {
        try {
            return RatingGivenEvent.requireProfile(profile);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
    }
}
