package io.plexrecommend.events;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rule for turning a number someone gave into a rating, used by every edge that takes one (the ratings API,
 * CSV imports, Plex and its webhooks; docs/events.md, "Rating values"): <b>round half up to a whole number, which
 * must then be from 1 to 10</b>. So 5.5 is 6, 9.99 is 10, 5.49 is 5, and 0.4 or 10.5 are refused. Decimal
 * rounding (not binary): 2.675 is 3 as a person reads it.
 */
public final class RatingValues {

    /**
     * @return the rating {@code value} stands for
     * @throws IllegalArgumentException when it is not a finite number or does not round to 1–10
     */
    public static int toRating(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("rating " + value + " is not a number");
        }
        BigDecimal rounded = new BigDecimal(Double.toString(value)).setScale(0, RoundingMode.HALF_UP);
        if (rounded.compareTo(BigDecimal.valueOf(RatingGivenEvent.MIN_RATING)) < 0
                || rounded.compareTo(BigDecimal.valueOf(RatingGivenEvent.MAX_RATING)) > 0) {
            throw new IllegalArgumentException("rating " + BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                    + " is not from 1 to 10 (rounded half up)");
        }
        return rounded.intValueExact();
    }

    private RatingValues() {
    }
}
