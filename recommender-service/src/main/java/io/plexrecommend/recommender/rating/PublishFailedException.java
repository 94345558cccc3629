package io.plexrecommend.recommender.rating;

/** The broker did not take an event, so nothing was stored either. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
