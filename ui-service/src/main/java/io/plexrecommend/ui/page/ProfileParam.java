package io.plexrecommend.ui.page;

import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Where a request names its profile: the {@code profile} query parameter (scripts, links) or the cookie the page
 * sets (htmx requests and the recommender's buttons carry no query parameter). Used as a {@code @BeanParam}.
 */
public class ProfileParam {

    @RestQuery("profile")
    String fromQuery;

    @RestCookie(Profile.COOKIE)
    String fromCookie;

    public Profile resolve(String fallback) {
        return Profile.resolve(fromQuery, fromCookie, fallback);
    }

    public boolean namedInQuery() {
        return fromQuery != null && !fromQuery.isBlank();
    }
}
