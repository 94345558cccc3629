package io.plexrecommend.scanner.enrich;

/** The API refused the key or token (401): retrying cannot help, the user must fix the setting. */
public class ApiAuthException extends EnrichmentException {

    public ApiAuthException(String message) {
        super(message);
    }
}
