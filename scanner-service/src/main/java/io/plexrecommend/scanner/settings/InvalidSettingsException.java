package io.plexrecommend.scanner.settings;

/** A settings update that cannot be saved; the message says which field and why. */
public class InvalidSettingsException extends RuntimeException {

    public InvalidSettingsException(String message) {
        super(message);
    }
}
