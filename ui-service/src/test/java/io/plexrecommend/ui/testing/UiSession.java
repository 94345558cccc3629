package io.plexrecommend.ui.testing;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser holds after loading the page: the CSRF cookie and the token the page puts in hx-headers. Every
 * state-changing request of the tests goes through {@link #request()}, as htmx's would.
 */
public record UiSession(String csrfCookie, String csrfToken) {

    private static final Pattern TOKEN = Pattern.compile("hx-headers='\\{\"X-CSRF-TOKEN\":\"([^\"]+)\"\\}'");

    public static UiSession open() {
        Response page = given().when().get("/").then().statusCode(200).extract().response();
        Matcher token = TOKEN.matcher(page.asString());
        if (!token.find()) {
            throw new AssertionError("no CSRF token in the page");
        }
        return new UiSession(page.getCookie("csrf-token"), token.group(1));
    }

    /** A request with the CSRF cookie and header, and the htmx marker header. */
    public RequestSpecification request() {
        return given().cookie("csrf-token", csrfCookie).header("X-CSRF-TOKEN", csrfToken).header("HX-Request", "true");
    }
}
