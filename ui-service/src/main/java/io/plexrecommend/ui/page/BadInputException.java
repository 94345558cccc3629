package io.plexrecommend.ui.page;

/** A request this service refuses before calling anyone; shown to the user as a 400 panel with the message. */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }
}
