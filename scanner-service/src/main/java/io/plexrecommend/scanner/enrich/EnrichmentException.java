package io.plexrecommend.scanner.enrich;

/** TMDB or TVDB could not give an item's details; the message names the source and the reason, never a key. */
public class EnrichmentException extends RuntimeException {

    public EnrichmentException(String message) {
        super(message);
    }

    public EnrichmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
