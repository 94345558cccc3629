package io.plexrecommend.scanner.settings;

import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.scanner.config.ScannerConfig;
import jakarta.enterprise.context.ApplicationScoped;
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

    private final SettingsStore store;
    private final ScannerConfig config;

    public SettingsService(SettingsStore store, ScannerConfig config) {
        this.store = store;
        this.config = config;
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
                store.profiles());
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
        Optional<List<Settings.ProfileToken>> profiles = Optional.ofNullable(update.profiles()).map(list -> list.stream()
                .map(p -> {
                    if (p == null) {
                        throw new InvalidSettingsException("profiles: an entry is null");
                    }
                    return new Settings.ProfileToken(validProfile(p.profile()),
                            p.plexToken() == null ? null : p.plexToken().strip());
                })
                .toList());
        store.save(values, profiles);
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
