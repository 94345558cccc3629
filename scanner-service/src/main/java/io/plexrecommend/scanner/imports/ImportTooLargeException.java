package io.plexrecommend.scanner.imports;

/** A rating export larger than {@code scanner.imports.max-bytes}. */
public class ImportTooLargeException extends RuntimeException {

    public ImportTooLargeException(long maxBytes) {
        super("the file is larger than " + (maxBytes / (1024 * 1024)) + " MB; split it or export fewer ratings");
    }
}
