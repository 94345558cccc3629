package io.plexrecommend.recommender.rating;

import io.plexrecommend.recommender.validation.InvalidRequestException;

/** A rating for a title this service does not know, or that left every library. */
public class UnknownMediaException extends InvalidRequestException {

    public UnknownMediaException(String mediaId) {
        super("no title with media id " + mediaId + " is known (it was never imported or scanned, or it was removed)");
    }
}
