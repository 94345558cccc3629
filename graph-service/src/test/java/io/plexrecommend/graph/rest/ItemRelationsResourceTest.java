package io.plexrecommend.graph.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.graph.TestItems;
import io.plexrecommend.graph.mapping.MediaGraphMapper;
import io.plexrecommend.graph.store.GraphStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Neighbours and shared attributes, as the recommender's explanations call them. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class ItemRelationsResourceTest {

    @Inject
    GraphStore store;

    @Inject
    MediaGraphMapper mapper;

    private String heat;
    private String collateral;
    private String other;

    /** Names unique to this run, so other tests' items never share them. */
    private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000));

    private String store(String title, List<String> directors, List<String> keywords, List<String> cast) {
        MediaItem item = TestItems.movie("movie:tmdb:" + ThreadLocalRandom.current().nextInt(1, 1_000_000_000))
                .title(title).genres(List.of("Genre " + run)).directors(directors).keywords(keywords).cast(cast)
                .studios(List.of()).collection(null).overview(null).originalLanguage(null).year(null).build();
        store.replace(item.mediaId(), mapper.toModel(item));
        return item.mediaId();
    }

    @BeforeEach
    void items() {
        heat = store("Heat", List.of("Michael Mann " + run), List.of("heist " + run, "betrayal " + run, "bank"),
                List.of("Al Pacino " + run, "Robert De Niro " + run));
        collateral = store("Collateral", List.of("Michael Mann " + run), List.of("heist " + run, "betrayal " + run),
                List.of("Tom Cruise " + run));
        other = store("Paddington", List.of("Paul King " + run), List.of("bear " + run), List.of("Robert De Niro " + run));
    }

    @Test
    void sharedListsTheCommonDirectorKeywordsAndGenreWithNamesAndNodes() {
        JsonPath json = given().queryParam("with", collateral).queryParam("with", other)
                .get("/api/items/{id}/shared", heat).then().statusCode(200).extract().jsonPath();

        assertThat(json.getString("[0].mediaId")).isEqualTo(collateral);
        List<Map<String, String>> withCollateral = json.getList("[0].shared");
        assertThat(withCollateral).containsExactly(
                Map.of("relation", "director", "label", "Michael Mann " + run,
                        "node", "https://plex-recommend.io/person/michael-mann-" + run),
                Map.of("relation", "genre", "label", "Genre " + run,
                        "node", "https://plex-recommend.io/genre/genre-" + run),
                Map.of("relation", "keyword", "label", "betrayal " + run,
                        "node", "https://plex-recommend.io/keyword/betrayal-" + run),
                Map.of("relation", "keyword", "label", "heist " + run,
                        "node", "https://plex-recommend.io/keyword/heist-" + run));
        assertThat(json.getString("[1].mediaId")).isEqualTo(other);
        assertThat(json.getList("[1].shared.relation")).containsExactly("actor", "genre");
    }

    @Test
    void neighboursAreOrderedByHowMuchTheyShare() {
        JsonPath json = given().queryParam("limit", 2).get("/api/items/{id}/neighbours", heat).then().statusCode(200)
                .extract().jsonPath();

        assertThat(json.getList("mediaId")).containsExactly(collateral, other);
        assertThat(json.getList("title")).containsExactly("Collateral", "Paddington");
        assertThat(json.getList("shared", Integer.class)).containsExactly(4, 2);
    }

    @Test
    void unknownItemsAndBadRequestsGetClearErrors() {
        given().queryParam("with", heat).get("/api/items/{id}/shared", "movie:tmdb:9999999999").then()
                .statusCode(404).body("error", containsString("no item movie:tmdb:9999999999"));
        given().get("/api/items/{id}/neighbours", "movie:tmdb:9999999999").then().statusCode(404)
                .body("error", containsString("no item"));
        given().get("/api/items/{id}/shared", heat).then().statusCode(400).body("error", containsString("with"));
        given().queryParam("with", "<script>").get("/api/items/{id}/shared", heat).then().statusCode(400)
                .body("error", containsString("not a media id"));
        given().queryParam("limit", 0).get("/api/items/{id}/neighbours", heat).then().statusCode(400)
                .body("error", containsString("limit"));
    }
}
