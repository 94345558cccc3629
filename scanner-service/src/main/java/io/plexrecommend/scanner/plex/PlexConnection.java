package io.plexrecommend.scanner.plex;

import io.plexrecommend.scanner.settings.Secrets;
import io.plexrecommend.scanner.settings.Settings;

/** Where a Plex server is and whose token to use. The token never appears in {@link #toString()}. */
public record PlexConnection(String url, String token) {

    /** The owner's connection from the settings in effect, or a {@link PlexNotConfiguredException} naming what is missing. */
    public static PlexConnection owner(Settings settings) {
        if (settings.plexUrl() == null && settings.plexToken() == null) {
            throw new PlexNotConfiguredException("Plex is not configured: set its URL and token in the settings "
                    + "(PUT /api/settings) or the environment (PLEX_URL, PLEX_TOKEN)");
        }
        if (settings.plexUrl() == null) {
            throw new PlexNotConfiguredException("Plex is not configured: set its URL in the settings "
                    + "(PUT /api/settings) or the environment (PLEX_URL), e.g. http://192.168.1.10:32400");
        }
        if (settings.plexToken() == null) {
            throw new PlexNotConfiguredException("Plex is not configured: set its token in the settings "
                    + "(PUT /api/settings) or the environment (PLEX_TOKEN)");
        }
        return new PlexConnection(settings.plexUrl(), settings.plexToken());
    }

    public PlexConnection withToken(String otherToken) {
        return new PlexConnection(url, otherToken);
    }

    @Override
    public String toString() {
        return "PlexConnection[url=" + url + ", token=" + Secrets.mask(token) + "]";
    }
}
