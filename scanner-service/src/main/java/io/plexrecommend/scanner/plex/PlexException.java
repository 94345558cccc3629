package io.plexrecommend.scanner.plex;

/** Plex could not be asked or did not answer usefully; the message is safe to show (it never holds the token). */
public abstract class PlexException extends RuntimeException {

    protected PlexException(String message) {
        super(message);
    }
}
