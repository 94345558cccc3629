package io.plexrecommend.scanner.plex;

/** A library id that is not one of the server's movie or show sections. */
public class LibraryNotFoundException extends RuntimeException {

    public LibraryNotFoundException(String id) {
        super("Plex has no movie or show library with id '" + id + "' (GET /api/libraries lists them)");
    }
}
