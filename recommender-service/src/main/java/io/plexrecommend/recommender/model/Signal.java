package io.plexrecommend.recommender.model;

/**
 * One thing a profile told us about an item.
 *
 * @param rating 1–10 for a rating, 0 for a watch or a dismissal
 */
public record Signal(int item, Kind kind, int rating) {

    public enum Kind {
        RATED, WATCHED, DISMISSED
    }

    public static Signal rated(int item, int rating) {
        return new Signal(item, Kind.RATED, rating);
    }

    public static Signal watched(int item) {
        return new Signal(item, Kind.WATCHED, 0);
    }

    public static Signal dismissed(int item) {
        return new Signal(item, Kind.DISMISSED, 0);
    }
}
