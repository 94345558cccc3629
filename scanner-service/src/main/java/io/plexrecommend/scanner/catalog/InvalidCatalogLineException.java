package io.plexrecommend.scanner.catalog;

/** A catalog line that cannot become an item; the message is the reason shown to the user. */
public class InvalidCatalogLineException extends RuntimeException {

    public InvalidCatalogLineException(String reason) {
        super(reason);
    }
}
