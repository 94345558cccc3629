package io.plexrecommend.scanner.artwork;

/** The image host could not be reached: a 502, unlike a missing image. */
public class ArtworkUnavailableException extends RuntimeException {

    public ArtworkUnavailableException(String message) {
        super(message);
    }
}
