package io.plexrecommend.scanner.artwork;

/** The item is unknown, has no poster, or its source no longer has the image. */
public class NoArtworkException extends RuntimeException {

    public NoArtworkException(String message) {
        super(message);
    }
}
