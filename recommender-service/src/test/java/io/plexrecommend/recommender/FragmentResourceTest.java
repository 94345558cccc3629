package io.plexrecommend.recommender;

import static io.plexrecommend.recommender.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.recommender.rest.FragmentResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fragments ui-service embeds, against the markup contract its CSS, JS and browser tests rely on. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FreshDatabaseTestResource.class)
class FragmentResourceTest {

    @Test
    void aCardFollowsTheMarkupContract() {
        String show = newMediaId(MediaType.SHOW);
        // The only title of its genre, so the genre filter makes it the top one.
        discover(item(show, "Fragment Top Show").year(2008).runtimeMinutes(47).genres(List.of("Crime", "Markup"))
                .contentRating("TV-MA").overview("A chemistry teacher turns.").voteAverage(9.9).voteCount(500000)
                .popularity(5000.0).build());
        awaitKnown(show);

        String html = given().queryParam("type", "show").queryParam("limit", 1).queryParam("genre", "Markup")
                .get("/fragments/profiles/{p}/recommendations", newProfile())
                .then().statusCode(200).contentType("text/html").extract().asString();

        String encoded = show.replace(":", "%3A");
        assertThat(fragmentMediaId(html)).isEqualTo(show);
        assertThat(html).doesNotContain("<html")
                .contains("data-type=\"show\"", "<img class=\"poster\" src=\"posters/" + encoded + "\" alt=\"\">",
                        "<h2 class=\"title\">Fragment Top Show</h2>", "<span class=\"year\">2008</span>",
                        "<span class=\"runtime\">47 min</span>", "<span class=\"genres\">Crime, Markup</span>",
                        "<span class=\"content-rating\">TV-MA</span>",
                        "<p class=\"summary\">A chemistry teacher turns.</p>",
                        "hx-post=\"tabs/show/ratings\" hx-target=\"closest .tab-content\"",
                        "<input type=\"hidden\" name=\"mediaId\" value=\"" + show + "\">",
                        "class=\"dismiss\" hx-post=\"tabs/show/dismissals\"", ">Not interested</button>",
                        "class=\"why\" hx-get=\"tabs/show/items/" + show + "/why\" hx-target=\"next .why-panel\"",
                        "class=\"similar\" hx-get=\"tabs/show/items/" + show + "/similar\"");
        for (int rating = 1; rating <= 10; rating++) {
            assertThat(html).contains("<button type=\"submit\" class=\"rate\" name=\"rating\" value=\"" + rating
                    + "\">" + rating + "</button>");
        }
    }

    @Test
    void escapesMarkupInTitlesAndSummaries() {
        String movie = newMediaId(MediaType.MOVIE);
        discover(item(movie, "<script>alert('owned')</script> Night").overview("<b>bold</b> & \"quoted\"")
                .genres(List.of("Escaping")).build());
        awaitKnown(movie);

        String html = given().queryParam("type", "movie").queryParam("limit", 1).queryParam("genre", "Escaping")
                .get("/fragments/profiles/{p}/recommendations", newProfile()).then().statusCode(200).extract()
                .asString();

        assertThat(fragmentMediaId(html)).isEqualTo(movie);
        assertThat(html).doesNotContain("<script>", "<b>bold</b>")
                .contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; Night", "&lt;b&gt;bold&lt;/b&gt; &amp;");
    }

    @Test
    void theNextCardIsOneOfTheTypeAndTheEmptyStateIsAnEmptyArticle() {
        String movie = newMediaId(MediaType.MOVIE);
        discover(item(movie, "Next Card Movie").build());
        awaitKnown(movie);

        String html = fragment(newProfile(), "movie");
        assertThat(html).contains("<article class=\"recommendation\"", "data-type=\"movie\"");

        String empty = FragmentResource.Templates.next(null, "movie").render();
        assertThat(empty).contains("<article class=\"recommendation empty\">", "Nothing to recommend");
    }

    @Test
    void historyListsRatedTitlesWithChangeAndRemoveControls() {
        String movie = newMediaId(MediaType.MOVIE);
        discover(item(movie, "History Movie").build());
        awaitKnown(movie);
        String profile = newProfile();
        rateViaApi(profile, movie, 8);

        String html = given().queryParam("type", "movie").get("/fragments/profiles/{p}/history", profile)
                .then().statusCode(200).extract().asString();

        assertThat(html).contains("<tr class=\"rated\" data-media-id=\"" + movie + "\">", "History Movie",
                "class=\"rate current\" name=\"rating\" value=\"8\"",
                "<button type=\"button\" class=\"unrate\" hx-delete=\"tabs/movie/ratings/" + movie + "\"");
        assertThat(given().queryParam("type", "show").get("/fragments/profiles/{p}/history", profile)
                .then().statusCode(200).extract().asString()).doesNotContain(movie);
    }

    @Test
    void whyNamesTheRatedTitleTheRecommendationIsCloseTo() {
        List<String> keywords = List.of("heist", "los angeles", "detective");
        String heat = newMediaId(MediaType.MOVIE);
        String thief = newMediaId(MediaType.MOVIE);
        discover(item(heat, "Heat Why").genres(List.of("Crime")).keywords(keywords).directors(List.of("Michael Mann"))
                .build());
        discover(item(thief, "Thief Why").genres(List.of("Crime")).keywords(keywords)
                .directors(List.of("Michael Mann")).build());
        awaitKnown(heat, thief);
        String profile = newProfile();
        rateViaApi(profile, heat, 9);

        String html = given().get("/fragments/profiles/{p}/items/{id}/why", profile, thief)
                .then().statusCode(200).extract().asString();

        // graph-service is not running in this test: the explanation degrades to the rated titles.
        assertThat(html).contains("Because you rated Heat Why 9/10", "data-media-id=\"" + heat + "\"");
    }

    @Test
    void rejectsAnInvalidProfileOrType() {
        given().get("/fragments/profiles/{p}/next", "no spaces").then().statusCode(400);
        given().queryParam("type", "book").get("/fragments/profiles/{p}/next", "alice").then().statusCode(400);
    }
}
