package io.plexrecommend.scanner.enrich;

/** A failure worth retrying: 429, 5xx, a timeout or a dropped connection. */
public class TransientApiException extends EnrichmentException {

    public TransientApiException(String message) {
        super(message);
    }
}
