package io.plexrecommend.recommender.recommendation;

import io.plexrecommend.rest.Echo;

/** No known (not removed) title has this media id: 404. */
public class UnknownItemException extends RuntimeException {

    public UnknownItemException(String mediaId) {
        super("no title with media id " + Echo.of(mediaId) + " is known");
    }
}
