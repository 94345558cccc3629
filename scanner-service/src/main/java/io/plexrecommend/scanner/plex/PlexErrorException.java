package io.plexrecommend.scanner.plex;

/** Plex answered, but with an error status or a body the scanner cannot read. */
public class PlexErrorException extends PlexException {

    public PlexErrorException(String message) {
        super(message);
    }
}
