package io.plexrecommend.scanner.plex;

/** Plex answered 404: the item or section is not (or no longer) there. */
public class PlexNotFoundException extends PlexException {

    public PlexNotFoundException(String message) {
        super(message);
    }
}
