package io.plexrecommend.recommender.validation;

/** A request a person can fix: the message says how, in plain words. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
