package io.plexrecommend.scanner.plex;

/** A setting Plex needs is missing or unusable; the message names it and its environment variable. */
public class PlexNotConfiguredException extends PlexException {

    public PlexNotConfiguredException(String message) {
        super(message);
    }
}
