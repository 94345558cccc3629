package io.plexrecommend.scanner.imports;

/** A rating import that cannot be read at all (unknown format, missing columns, bad profile). */
public class InvalidImportException extends RuntimeException {

    public InvalidImportException(String message) {
        super(message);
    }
}
