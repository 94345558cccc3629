package io.plexrecommend.recommender;

import static io.plexrecommend.recommender.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.events.RelatedTitles;
import io.plexrecommend.recommender.recommendation.LiveModel;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Crowd lists on media-items ({@code item.related}) reach the ranking and the explanation: a profile that liked a
 * title is offered what that title's TMDB list names before an otherwise identical title, and the card says why in
 * words that are true of the two titles.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FreshDatabaseTestResource.class)
class CrowdListsTest {

    @Inject
    LiveModel model;

    @Test
    void aTitleOnTheListOfALikedTitleComesFirstAndTheExplanationNamesTheList() throws Exception {
        String alien = newMediaId(MediaType.MOVIE);
        String aliens = newMediaId(MediaType.MOVIE);
        String twin = newMediaId(MediaType.MOVIE);
        // The same metadata, and the twin better rated by TMDB: only the crowd list can put Aliens first.
        discover(item(twin, "Twin Crowd").genres(List.of("Crowd Genre")).voteAverage(8.0).voteCount(5000).build());
        discover(item(aliens, "Aliens Crowd").genres(List.of("Crowd Genre")).build());
        discover(item(alien, "Alien Crowd").genres(List.of("Horror"))
                .related(List.of(new RelatedTitles(RelatedTitles.TMDB_RECOMMENDATIONS,
                        List.of(999_999_999L, tmdbOf(aliens)))))
                .build());
        awaitKnown(alien, aliens, twin);
        String profile = newProfile();
        rateViaApi(profile, alien, 9);
        model.refreshCollaborative(true).get();

        List<String> ranked = given().queryParam("type", "movie").queryParam("limit", 100).queryParam("genre",
                "Crowd Genre").get("/api/profiles/{p}/recommendations", profile).then().statusCode(200)
                .extract().jsonPath().getList("mediaId", String.class);
        assertThat(ranked).containsSubsequence(aliens, twin);

        String why = given().get("/fragments/profiles/{p}/items/{id}/why", profile, aliens)
                .then().statusCode(200).extract().asString();
        assertThat(why).contains("Because you rated Alien Crowd 9/10 — on TMDB&#39;s recommendations for Alien Crowd");
    }

    @Test
    void anItemsStoredCrowdListsGiveItForwardAndReverseEdges() throws Exception {
        String owner = newMediaId(MediaType.MOVIE);
        String named = newMediaId(MediaType.MOVIE);
        discover(item(named, "Named Crowd").build());
        discover(item(owner, "Owner Crowd")
                .related(List.of(new RelatedTitles(RelatedTitles.TMDB_SIMILAR, List.of(tmdbOf(named)))))
                .build());
        awaitKnown(owner, named);
        model.refreshCollaborative(true).get();

        int o = model.indexOf(owner).orElseThrow();
        int n = model.indexOf(named).orElseThrow();
        assertThat(model.space().item(o).related()).extracting(RelatedTitles::source)
                .containsExactly(RelatedTitles.TMDB_SIMILAR);
        assertThat(model.crowd().ids(o)).contains(n);
        assertThat(model.crowd().ids(n)).as("the reverse edge").contains(o);
    }

    private static long tmdbOf(String mediaId) {
        return Long.parseLong(mediaId.substring(mediaId.lastIndexOf(':') + 1));
    }
}
