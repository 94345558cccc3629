package io.plexrecommend.recommender.profile;

/**
 * Announces a committed change of a profile's signals to the in-memory model, so the next recommendation reflects it
 * without reading the database. {@code RatingHandler} fires an event's or a consumer batch's changes after its
 * commit, in order, still holding the writer, so no later write overtakes them. Nothing is announced for a
 * rolled-back change.
 *
 * @param mediaId null for {@link Change#RESET} and {@link Change#CREATED}
 * @param rating the new rating for {@link Change#RATED}, else 0
 */
public record ProfileChanged(String profile, Change change, String mediaId, int rating) {

    public enum Change {
        CREATED, RATED, UNRATED, WATCHED, DISMISSED, RESET
    }
}
