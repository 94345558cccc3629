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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = FakeUpstreams.class, restrictToAnnotatedClass = true)
class MediaTabsTest {

    static final String CARD = "<article class=\"recommendation\" data-media-id=\"movie:tmdb:603\" data-type=\"movie\">The Matrix</article>";
    static final String NEXT_CARD = "<article class=\"recommendation\" data-media-id=\"movie:tmdb:604\" data-type=\"movie\">Next</article>";
    static final String HISTORY = "<table><tr class=\"rated\" data-media-id=\"movie:tmdb:603\"></tr></table>";

    @BeforeEach
    void reset() {
        FakeUpstreams.reset();
    }

    @Test
    void tabShowsTheViewSwitcherAndTheRecommendersCardForTheProfileInTheCookie() {
        FakeUpstreams.answer("GET", "/fragments/profiles/alice/next", Answer.html(CARD));

        given().cookie("profile", "alice").when().get("/tabs/movie").then()
                .statusCode(200)
                .body(containsString("hx-get=\"tabs/movie/list\""))
                .body(containsString("hx-get=\"tabs/movie/history\""))
                .body(containsString("<div class=\"tab-content\" id=\"content-movie\""))
                .body(containsString(CARD));
        assertThat(FakeUpstreams.requests("GET", "/fragments/profiles/alice/next"))
                .singleElement().satisfies(r -> assertThat(r.query()).isEqualTo("type=movie"));
    }

    @Test
    void ratingIsForwardedAndTheNextCardComesBack() {
        FakeUpstreams.answer("POST", "/api/profiles/alice/ratings", Answer.status(202));
        FakeUpstreams.answer("GET", "/fragments/profiles/alice/next", Answer.html(NEXT_CARD));

        UiSession.open().request().cookie("profile", "alice").contentType(ContentType.URLENC)
                .formParam("mediaId", "movie:tmdb:603").formParam("rating", "9")
                .when().post("/tabs/movie/ratings").then()
                .statusCode(200)
                .body(containsString("movie:tmdb:604"));

        assertThat(FakeUpstreams.requests("POST", "/api/profiles/alice/ratings")).singleElement()
                .satisfies(r -> assertThat(r.bodyText()).contains("\"mediaId\":\"movie:tmdb:603\"").contains("\"rating\":9"));
    }

    @Test
    void ratingsOutsideOneToTenAreRefusedWithoutBotheringTheRecommender() {
        FakeUpstreams.answer("GET", "/fragments/profiles/default/next", Answer.html(CARD));
        UiSession session = UiSession.open();
        for (String rating : new String[] {"0", "11", "nine", ""}) {
            session.request().contentType(ContentType.URLENC)
                    .formParam("mediaId", "movie:tmdb:603").formParam("rating", rating)
                    .when().post("/tabs/movie/ratings").then()
                    .statusCode(400)
                    .body(containsString("A rating is a whole number from 1 to 10."))
                    .body(containsString(CARD));
        }
        session.request().contentType(ContentType.URLENC).formParam("mediaId", "../../api/reset").formParam("rating", "5")
                .when().post("/tabs/movie/ratings").then().statusCode(400).body(containsString("Not a media id"));
        assertThat(FakeUpstreams.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void ratingWithoutTheCsrfTokenIsRefusedAndNothingIsForwarded() {
        UiSession session = UiSession.open();
        given().cookie("csrf-token", session.csrfCookie()).contentType(ContentType.URLENC)
                .formParam("mediaId", "movie:tmdb:603").formParam("rating", "9")
                .when().post("/tabs/movie/ratings").then().statusCode(400)
                .body(containsString("Reload the page and try again."));
        given().cookie("csrf-token", session.csrfCookie()).header("X-CSRF-TOKEN", "forged-" + session.csrfToken())
                .contentType(ContentType.URLENC).formParam("mediaId", "movie:tmdb:603").formParam("rating", "9")
                .when().post("/tabs/movie/ratings").then().statusCode(400);
        assertThat(FakeUpstreams.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void aRatingTheRecommenderRefusesShowsItsReasonAboveTheCard() {
        FakeUpstreams.answer("POST", "/api/profiles/default/ratings", Answer.error(400, "Unknown media id movie:tmdb:999"));
        FakeUpstreams.answer("GET", "/fragments/profiles/default/next", Answer.html(CARD));

        UiSession.open().request().contentType(ContentType.URLENC)
                .formParam("mediaId", "movie:tmdb:999").formParam("rating", "5")
                .when().post("/tabs/movie/ratings").then()
                .statusCode(400)
                .body(containsString("Unknown media id movie:tmdb:999"))
                .body(containsString(CARD));
    }

    @Test
    void unknownProfileIsShownAsNotFoundAndUnsafeProfileNamesAreRefused() {
        FakeUpstreams.answer("GET", "/fragments/profiles/nobody/next", Answer.error(404, "No profile nobody"));
        given().cookie("profile", "nobody").when().get("/tabs/movie/next").then()
                .statusCode(404).body(containsString("No profile nobody"));

        given().queryParam("profile", "../admin").when().get("/tabs/movie/next").then()
                .statusCode(400).body(containsString("A profile name is 1 to 64 letters"));
        assertThat(FakeUpstreams.requests()).hasSize(1);
    }

    @Test
    void changingARatingInTheHistoryAnswersWithTheHistory() {
        FakeUpstreams.answer("POST", "/api/profiles/default/ratings", Answer.status(202));
        FakeUpstreams.answer("GET", "/fragments/profiles/default/history", Answer.html(HISTORY));

        UiSession.open().request().contentType(ContentType.URLENC)
                .formParam("mediaId", "movie:tmdb:603").formParam("rating", "4").formParam("view", "history")
                .when().post("/tabs/movie/ratings").then()
                .statusCode(200).body(containsString("tr class=\"rated\""));
        assertThat(FakeUpstreams.requests("GET", "/fragments/profiles/default/next")).isEmpty();
    }

    @Test
    void removingARatingDeletesItUpstreamAndShowsTheHistoryWithoutIt() {
        FakeUpstreams.answer("DELETE", "/api/profiles/default/ratings/movie:tmdb:603", Answer.status(202));
        FakeUpstreams.answer("GET", "/fragments/profiles/default/history", Answer.html("<table></table>"));

        UiSession.open().request().when().delete("/tabs/show/ratings/movie:tmdb:603").then()
                .statusCode(200).body(containsString("<table></table>"));
        assertThat(FakeUpstreams.requests("DELETE", "/api/profiles/default/ratings/movie:tmdb:603")).hasSize(1);
        assertThat(FakeUpstreams.requests("GET", "/fragments/profiles/default/history")).singleElement()
                .satisfies(r -> assertThat(r.query()).isEqualTo("type=show"));
    }

    @Test
    void notInterestedIsForwardedAndTheNextCardComesBack() {
        FakeUpstreams.answer("POST", "/api/profiles/default/dismissals", Answer.status(202));
        FakeUpstreams.answer("GET", "/fragments/profiles/default/next", Answer.html(NEXT_CARD));

        UiSession.open().request().contentType(ContentType.URLENC).formParam("mediaId", "movie:tmdb:603")
                .when().post("/tabs/movie/dismissals").then()
                .statusCode(200).body(containsString("movie:tmdb:604"));
        assertThat(FakeUpstreams.requests("POST", "/api/profiles/default/dismissals")).singleElement()
                .satisfies(r -> assertThat(r.bodyText()).isEqualTo("{\"mediaId\":\"movie:tmdb:603\"}"));
    }

    @Test
    void listFiltersAreForwardedAsTheRecommendersQueryParameters() {
        FakeUpstreams.answer("GET", "/fragments/profiles/default/recommendations", Answer.html("<ol class=\"top\"></ol>"));

        given().queryParam("genre", "Drama").queryParam("genre", "Comedy").queryParam("excludeGenre", "Horror")
                .queryParam("maxContentRating", "PG-13").queryParam("inLibrary", "on").queryParam("limit", "50")
                .when().get("/tabs/movie/recommendations").then()
                .statusCode(200).body(containsString("<ol class=\"top\">"));

        assertThat(FakeUpstreams.requests("GET", "/fragments/profiles/default/recommendations")).singleElement()
                .satisfies(r -> assertThat(r.query().split("&")).containsExactlyInAnyOrder("type=movie", "limit=50",
                        "genre=Drama", "genre=Comedy", "excludeGenre=Horror", "maxContentRating=PG-13", "inLibrary=true"));
    }

    @Test
    void listViewHasTheFilterFormAndRefusesNonsenseFilters() {
        FakeUpstreams.answer("GET", "/fragments/profiles/default/recommendations", Answer.html("<ol class=\"top\"></ol>"));
        given().when().get("/tabs/show/list").then().statusCode(200)
                .body(containsString("hx-get=\"tabs/show/recommendations\""))
                .body(containsString("name=\"excludeGenre\""))
                .body(containsString("<option value=\"PG-13\">PG-13</option>"));

        given().queryParam("limit", "0").when().get("/tabs/movie/recommendations").then().statusCode(400);
        given().queryParam("maxContentRating", "<b>").when().get("/tabs/movie/recommendations").then()
                .statusCode(400).body(containsString("Unknown content rating: &lt;b&gt;"));
    }

    @Test
    void whyAndMoreLikeThisAreTheRecommendersFragments() {
        FakeUpstreams.answer("GET", "/fragments/profiles/default/items/movie:tmdb:603/why", Answer.html("<p class=\"why-text\">Because</p>"));
        FakeUpstreams.answer("GET", "/fragments/profiles/default/items/movie:tmdb:603/similar", Answer.html("<ul class=\"similar-list\"></ul>"));

        given().when().get("/tabs/movie/items/movie:tmdb:603/why").then().statusCode(200).body(containsString("why-text"));
        given().when().get("/tabs/movie/items/movie:tmdb:603/similar").then().statusCode(200).body(containsString("similar-list"));
        given().when().get("/tabs/movie/items/not-an-id/why").then().statusCode(400);
    }

    @Test
    void anUnexpectedRecommenderAnswerIsABadGatewayPanel() {
        FakeUpstreams.answer("GET", "/fragments/profiles/default/history", Answer.status(500));
        given().when().get("/tabs/movie/history").then().statusCode(502)
                .body(containsString("recommender-service answered HTTP 500"))
                .body(not(containsString("Exception")));
    }
}
