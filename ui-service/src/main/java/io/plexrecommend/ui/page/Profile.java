package io.plexrecommend.ui.page;

import java.util.regex.Pattern;

/** The household member whose recommendations are shown. Names are restricted so they are safe in URLs and cookies. */
public record Profile(String name) {

    public static final String COOKIE = "profile";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public Profile {
        if (name == null || !VALID.matcher(name).matches()) {
            throw new BadInputException("A profile name is 1 to 64 letters, digits, '.', '_' or '-'.");
        }
    }

    /** The query parameter wins over the cookie, the cookie over the configured default. */
    public static Profile resolve(String fromQuery, String fromCookie, String fallback) {
        if (fromQuery != null && !fromQuery.isBlank()) {
            return new Profile(fromQuery);
        }
        if (fromCookie != null && VALID.matcher(fromCookie).matches()) {
            return new Profile(fromCookie);
        }
        return new Profile(fallback);
    }
}
