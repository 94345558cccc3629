package io.plexrecommend.recommender;

import static io.plexrecommend.recommender.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.recommender.rest.TabFragmentResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FreshDatabaseTestResource.class)
class TabFragmentResourceTest {

    @Test
    void showsTheTopRecommendationWithItsDetailsAndTenRatingButtons() {
        String show = newMediaId(MediaType.SHOW);
        // Far better rated and more popular than any other test title, so it is the top show for a new profile.
        discover(item(show, "Fragment Top Show").year(2008).runtimeMinutes(47).genres(List.of("Crime", "Drama"))
                .contentRating("TV-MA").overview("A chemistry teacher turns.").voteAverage(9.9).voteCount(500000)
                .popularity(5000.0).build());
        awaitKnown(show);

        String html = fragment(newProfile(), "show");

        assertThat(fragmentMediaId(html)).isEqualTo(show);
        assertThat(html).contains("Fragment Top Show", "2008", "47 min", "Crime, Drama", "TV-MA",
                "A chemistry teacher turns.", ">FT<");
        for (int rating = 1; rating <= 10; rating++) {
            assertThat(html).contains("<button class=\"rate\" hx-post=\"tabs/show/ratings\" hx-vals='{\"mediaId\":\""
                    + show + "\",\"rating\":\"" + rating + "\"}' hx-target=\"closest .tab-panel\" hx-swap=\"innerHTML\">"
                    + rating + "</button>");
        }
    }

    @Test
    void escapesMarkupInTitles() {
        String movie = newMediaId(MediaType.MOVIE);
        discover(item(movie, "<script>alert('owned')</script> Night").overview("<b>bold</b> & \"quoted\"")
                .voteAverage(9.95).voteCount(900000).popularity(9000.0).build());
        awaitKnown(movie);

        String html = fragment(newProfile(), "movie");

        assertThat(fragmentMediaId(html)).isEqualTo(movie);
        assertThat(html).doesNotContain("<script>", "<b>bold</b>")
                .contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; Night", "&lt;b&gt;bold&lt;/b&gt; &amp;");
    }

    @Test
    void theEmptyStateInvitesToImportOrScan() {
        String html = TabFragmentResource.Templates.tab(null, "movie").render();

        assertThat(html).contains("Nothing to recommend yet — import a catalog or scan Plex in Configuration.")
                .doesNotContain("<article");
    }

    @Test
    void rejectsAMissingOrInvalidProfileOrType() {
        given().queryParam("type", "movie").get("/fragments/tab").then().statusCode(400);
        given().queryParam("profile", "no spaces").get("/fragments/tab").then().statusCode(400);
        given().queryParam("profile", "alice").queryParam("type", "book").get("/fragments/tab").then().statusCode(400);
    }
}
