package io.plexrecommend.scanner.settings;

import java.util.List;

/**
 * The connection settings in effect: saved values over environment defaults. Holds secrets in clear, so it is never
 * serialized or logged as it is; {@link SettingsView} is what leaves the service. {@link #toString()} masks them.
 */
public record Settings(String plexUrl, String plexToken, String plexProfile, String tmdbApiKey, String tmdbReadToken,
        String tvdbApiKey, String tvdbPin, List<ProfileToken> profiles, Playlists playlists) {

    /**
     * Plex playlists of recommendations: one switch for every profile linked to a Plex user (the owner's profile and
     * each profile with a token), and how many titles each holds.
     */
    public record Playlists(boolean enabled, int size) {
        public static final int DEFAULT_SIZE = 20;
        public static final int MAX_SIZE = 100;
    }

    /** The Plex token of {@code profile}: the owner's for the owner's profile, else its own; null if not linked. */
    public String plexTokenOf(String profile) {
        if (profile.equals(plexProfile)) {
            return plexToken;
        }
        return profiles.stream().filter(p -> p.profile().equals(profile)).map(ProfileToken::plexToken).findFirst()
                .orElse(null);
    }

    /** Every profile linked to a Plex user: the owner's first, then the Plex Home profiles. */
    public List<String> plexProfiles() {
        List<String> linked = new java.util.ArrayList<>();
        if (plexToken != null && plexProfile != null) {
            linked.add(plexProfile);
        }
        profiles.stream().map(ProfileToken::profile).filter(p -> !linked.contains(p)).forEach(linked::add);
        return linked;
    }

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
                + Secrets.mask(tvdbPin) + ", profiles=" + profiles + ", playlists=" + playlists + "]";
    }
}
