package io.plexrecommend.system;

import java.net.HttpCookie;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser holds after opening ui-service's page: its cookies (profile, CSRF) and the CSRF token the page
 * gives htmx. State-changing requests to ui-service need both, as htmx sends them.
 */
record UiSession(String baseUrl, String cookies, String csrfToken) {

    private static final Pattern TOKEN = Pattern.compile("\"X-CSRF-TOKEN\":\"([^\"]+)\"");

    static UiSession open(String baseUrl, String profile) {
        Http.Response page = Http.get(baseUrl + "/?profile=" + profile);
        Matcher token = TOKEN.matcher(page.body());
        if (page.status() != 200 || !token.find()) {
            throw new AssertionError("no page with a CSRF token at " + baseUrl + ": " + page.status());
        }
        StringBuilder cookies = new StringBuilder();
        for (String header : page.headers().allValues("set-cookie")) {
            for (HttpCookie cookie : HttpCookie.parse(header)) {
                cookies.append(cookies.length() == 0 ? "" : "; ").append(cookie.getName()).append('=').append(cookie.getValue());
            }
        }
        return new UiSession(baseUrl, cookies.toString(), token.group(1));
    }

    Http.Response postForm(String path, Map<String, String> form) {
        return Http.postForm(baseUrl + path, form, Map.of("Cookie", cookies, "X-CSRF-TOKEN", csrfToken));
    }
}
