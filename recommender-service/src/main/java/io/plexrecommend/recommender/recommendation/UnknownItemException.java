package io.plexrecommend.recommender.recommendation;

/** No known (not removed) title has this media id: 404. */
public class UnknownItemException extends RuntimeException {

    public UnknownItemException(String mediaId) {
        super("no title with media id " + mediaId + " is known");
    }
}
