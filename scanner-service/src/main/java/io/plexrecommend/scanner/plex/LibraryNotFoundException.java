package io.plexrecommend.scanner.plex;

/** No movie or show library with the requested id. */
public class LibraryNotFoundException extends RuntimeException {

    public LibraryNotFoundException(String id) {
        super("Plex has no movie or show library with id '" + id + "' (GET /api/libraries lists them)");
    }
}
