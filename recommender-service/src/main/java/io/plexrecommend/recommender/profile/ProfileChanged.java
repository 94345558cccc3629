package io.plexrecommend.recommender.profile;

/**
 * Fired inside the transaction that changed a profile's signals; observed after commit by the in-memory model, so
 * the next recommendation reflects the change without reading the database.
 *
 * @param mediaId null for {@link Change#RESET} and {@link Change#CREATED}
 * @param rating the new rating for {@link Change#RATED}, else 0
 */
public record ProfileChanged(String profile, Change change, String mediaId, int rating) {

    public enum Change {
        CREATED, RATED, UNRATED, WATCHED, DISMISSED, RESET
    }
}
