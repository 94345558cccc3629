package io.plexrecommend.scanner.plex;

/** No answer from Plex: connection refused, unknown host or timeout. */
public class PlexUnreachableException extends PlexException {

    public PlexUnreachableException(String url, String reason) {
        super("Plex at " + url + " is unreachable: " + reason);
    }
}
