package io.plexrecommend.ui.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.plexrecommend.ui.testing.FakeUpstreams;
import io.plexrecommend.ui.testing.FakeUpstreams.Answer;
import io.plexrecommend.ui.testing.UiSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The page with the recommender answering: profile switcher, CSRF token, security headers, open-access notice. */
@QuarkusTest
@QuarkusTestResource(value = FakeUpstreams.class, restrictToAnnotatedClass = true)
class PageTest {

    @BeforeEach
    void reset() {
        FakeUpstreams.reset();
        FakeUpstreams.answer("GET", "/api/profiles", Answer.json("[{\"profile\":\"alice\",\"ratings\":3},{\"profile\":\"bob\",\"ratings\":0}]"));
    }

    @Test
    void profileSwitcherListsTheHouseholdAndSelectsTheCurrentProfile() {
        given().cookie("profile", "bob").when().get("/").then()
                .statusCode(200)
                .body(containsString("<option value=\"alice\">alice</option>"))
                .body(containsString("<option value=\"bob\" selected>bob</option>"))
                .body(not(containsString("<option value=\"default\">")));
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndThePolicyAllowsOnlyThisService() {
        for (String path : new String[] {"/", "/static/app.js", "/webjars/htmx.org/dist/htmx.min.js"}) {
            Response response = given().when().get(path).then().statusCode(200).extract().response();
            assertThat(response.header("Content-Security-Policy"))
                    .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        }
    }

    @Test
    void scriptsAreCompressedButTheHtmlWithTheCsrfTokenIsNot() {
        given().header("Accept-Encoding", "gzip").when().get("/webjars/htmx.org/dist/htmx.min.js").then()
                .statusCode(200).header("Content-Encoding", "gzip");
        given().header("Accept-Encoding", "gzip").when().get("/").then()
                .statusCode(200).header("Content-Encoding", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void thePageHasNoInlineScriptsOrStyles() {
        String page = given().when().get("/").then().statusCode(200).extract().asString();
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(page).doesNotContain("<style").doesNotContain(" style=").doesNotContain(" onclick=");
        assertThat(page).contains("\"includeIndicatorStyles\":false");
    }

    @Test
    void thePageCarriesTheCsrfTokenOfItsHttpOnlyCookieForHtmx() {
        Response response = given().when().get("/").then().statusCode(200).extract().response();
        assertThat(response.detailedCookie("csrf-token").isHttpOnly()).isTrue();
        assertThat(response.asString()).contains("hx-headers='{\"X-CSRF-TOKEN\":\"" + response.getCookie("csrf-token") + "\"}'");
    }

    @Test
    void withoutAPasswordThePageSaysItIsOpen() {
        given().when().get("/").then().body(containsString("Open access: anyone who can reach this page can use it."));
    }

    @Test
    void addingAProfileCreatesItAtTheRecommenderAndSwitchesToIt() {
        FakeUpstreams.answer("PUT", "/api/profiles/carol", Answer.status(204));

        Response response = UiSession.open().request().contentType(ContentType.URLENC).formParam("name", "carol")
                .when().post("/profiles").then().statusCode(204).extract().response();

        assertThat(response.getCookie("profile")).isEqualTo("carol");
        assertThat(response.header("HX-Refresh")).isEqualTo("true");
        assertThat(FakeUpstreams.requests("PUT", "/api/profiles/carol")).hasSize(1);
    }

    @Test
    void aProfileNameThatIsNotSafeIsRefusedAndNotCreated() {
        UiSession.open().request().contentType(ContentType.URLENC).formParam("name", "<script>alert(1)</script>")
                .when().post("/profiles").then()
                .statusCode(400)
                .body(containsString("A profile name is 1 to 64 letters"))
                .body(not(containsString("<script>")));
        assertThat(FakeUpstreams.requests()).noneMatch(r -> r.method().equals("PUT"));
    }
}
