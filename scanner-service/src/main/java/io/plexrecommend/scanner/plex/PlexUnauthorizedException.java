package io.plexrecommend.scanner.plex;

/** Plex refused the configured token. */
public class PlexUnauthorizedException extends PlexException {

    public PlexUnauthorizedException(int status) {
        super("Plex rejected the token (HTTP " + status + ")");
    }
}
