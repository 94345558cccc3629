package io.plexrecommend.ui.client;

import java.util.List;

/**
 * scanner-service's masked view of the connection settings ({@code GET /api/settings}): every secret arrives as
 * "••••" plus its last four characters, or null when not set. The UI never sees a clear secret.
 */
public record Settings(Plex plex, Tmdb tmdb, Tvdb tvdb, List<ProfileToken> profiles, Playlists playlists) {

    public Settings {
        playlists = playlists == null ? new Playlists(false, 20) : playlists;
        plex = plex == null ? new Plex(null, null) : plex;
        tmdb = tmdb == null ? new Tmdb(null, null) : tmdb;
        tvdb = tvdb == null ? new Tvdb(null, null) : tvdb;
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
    }

    public record Plex(String url, String token) {
    }

    public record Tmdb(String apiKey, String readToken) {
    }

    public record Tvdb(String apiKey, String pin) {
    }

    public record ProfileToken(String profile, String plexToken) {
    }

    /** Plex playlists "Recommended for <profile>" for every profile linked to a Plex user, and their length. */
    public record Playlists(boolean enabled, int size) {
    }
}
