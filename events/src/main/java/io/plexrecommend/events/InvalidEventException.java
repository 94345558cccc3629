package io.plexrecommend.events;

/** An event that cannot be read: not JSON, a missing or invalid field, or a schema version this build does not know. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidEventException(String message) {
        super(message);
    }
}
