package io.plexrecommend.scanner.settings;

import java.util.List;

/**
 * The connection settings in effect: saved values over environment defaults. Holds secrets in clear, so it is never
 * serialized or logged as it is; {@link SettingsView} is what leaves the service. {@link #toString()} masks them.
 */
public record Settings(String plexUrl, String plexToken, String plexProfile, String tmdbApiKey, String tmdbReadToken,
        String tvdbApiKey, String tvdbPin, List<ProfileToken> profiles) {

    /** A Plex Home user scanned as its own profile, with its own Plex token. */
    public record ProfileToken(String profile, String plexToken) {

        @Override
        public String toString() {
            return "ProfileToken[profile=" + profile + ", plexToken=" + Secrets.mask(plexToken) + "]";
        }
    }

    public boolean plexConfigured() {
        return plexUrl != null && plexToken != null;
    }

    public boolean tmdbConfigured() {
        return tmdbApiKey != null || tmdbReadToken != null;
    }

    public boolean tvdbConfigured() {
        return tvdbApiKey != null;
    }

    @Override
    public String toString() {
        return "Settings[plexUrl=" + plexUrl + ", plexToken=" + Secrets.mask(plexToken) + ", plexProfile="
                + plexProfile + ", tmdbApiKey=" + Secrets.mask(tmdbApiKey) + ", tmdbReadToken="
                + Secrets.mask(tmdbReadToken) + ", tvdbApiKey=" + Secrets.mask(tvdbApiKey) + ", tvdbPin="
                + Secrets.mask(tvdbPin) + ", profiles=" + profiles + "]";
    }
}
