package io.plexrecommend.scanner.catalog;

/** The import body held no records at all: most likely the file was not attached. */
public class EmptyCatalogException extends RuntimeException {

    public EmptyCatalogException() {
        super("the request body is empty: send the catalog as JSON Lines, one item per line"
                + " (e.g. curl --data-binary @items.jsonl -H 'Content-Type: application/x-ndjson')");
    }
}
