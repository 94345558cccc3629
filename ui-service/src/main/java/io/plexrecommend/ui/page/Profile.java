package io.plexrecommend.ui.page;

import io.plexrecommend.events.RatingGivenEvent;

/**
 * The household member whose recommendations are shown. Names follow the events' profile rule (safe in URLs and
 * cookies), so a name the UI accepts is one the recommender accepts.
 */
public record Profile(String name) {

    public static final String COOKIE = "profile";
    public Profile {
        if (!isValid(name)) {
            throw new BadInputException("A profile name is 1 to 64 letters, digits, '.', '_' or '-'.");
        }
    }

    /** The query parameter wins over the cookie, the cookie over the configured default. */
    public static Profile resolve(String fromQuery, String fromCookie, String fallback) {
        if (fromQuery != null && !fromQuery.isBlank()) {
            return new Profile(fromQuery);
        }
        if (isValid(fromCookie)) {
            return new Profile(fromCookie);
        }
        return new Profile(fallback);
    }

    private static boolean isValid(String name) {
        try {
            RatingGivenEvent.requireProfile(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
