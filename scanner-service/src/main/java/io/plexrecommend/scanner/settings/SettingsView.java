package io.plexrecommend.scanner.settings;

import java.util.List;

/**
 * Settings as the API shows them (secrets masked) and as {@code PUT /api/settings} takes them (clear values; a field
 * absent or null keeps the saved value, {@code ""} clears it).
 */
public record SettingsView(Plex plex, Tmdb tmdb, Tvdb tvdb, List<Profile> profiles, Playlists playlists) {

    /** Plex playlists of recommendations: on or off for every linked profile, and how many titles (1-100). */
    public record Playlists(Boolean enabled, Integer size) {
    }

    public record Plex(String url, String token, String profile) {
    }

    public record Tmdb(String apiKey, String readToken) {
    }

    public record Tvdb(String apiKey, String pin) {
    }

    public record Profile(String profile, String plexToken) {
    }

    static SettingsView masked(Settings s) {
        return new SettingsView(
                new Plex(s.plexUrl(), Secrets.mask(s.plexToken()), s.plexProfile()),
                new Tmdb(Secrets.mask(s.tmdbApiKey()), Secrets.mask(s.tmdbReadToken())),
                new Tvdb(Secrets.mask(s.tvdbApiKey()), Secrets.mask(s.tvdbPin())),
                s.profiles().stream().map(p -> new Profile(p.profile(), Secrets.mask(p.plexToken()))).toList(),
                new Playlists(s.playlists().enabled(), s.playlists().size()));
    }

    @Override
    public String toString() {
        return "SettingsView[...]";
    }
}
