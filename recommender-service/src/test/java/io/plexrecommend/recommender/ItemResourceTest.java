package io.plexrecommend.recommender;

import static io.plexrecommend.recommender.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.ImageRef;
import io.plexrecommend.events.MediaType;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FreshDatabaseTestResource.class)
class ItemResourceTest {

    @Test
    void anItemAnswersWithItsDetailsAndImageReferences() {
        String movie = newMediaId(MediaType.MOVIE);
        discover(item(movie, "Detailed").genres(List.of("Crime")).contentRating("R").runtimeMinutes(170)
                .poster(new ImageRef("tmdb", "/heat.jpg")).build());
        awaitKnown(movie);

        given().get("/api/items/{id}", movie).then().statusCode(200)
                .body("title", is("Detailed"))
                .body("type", is("movie"))
                .body("genres[0]", is("Crime"))
                .body("contentRating", is("R"))
                .body("runtimeMinutes", is(170))
                .body("summary", is("An overview of Detailed."))
                .body("images.poster.source", is("tmdb"))
                .body("images.poster.path", is("/heat.jpg"));
        given().get("/api/items/{id}", newMediaId(MediaType.MOVIE)).then().statusCode(404)
                .body("error", containsString("no title"));
    }

    @Test
    void similarTitlesShareMetadataAndExcludeTheTitleItself() {
        String heat = newMediaId(MediaType.MOVIE);
        String thief = newMediaId(MediaType.MOVIE);
        String cartoon = newMediaId(MediaType.MOVIE);
        discover(item(heat, "Heat Similar").genres(List.of("Crime", "Thriller"))
                .keywords(List.of("heist " + heat, "bank robbery " + heat, "los angeles"))
                .directors(List.of("Director " + heat)).cast(List.of("Al Pacino", "Robert De Niro")).build());
        discover(item(thief, "Thief Similar").genres(List.of("Crime", "Thriller"))
                .keywords(List.of("heist " + heat, "safecracker")).directors(List.of("Director " + heat))
                .cast(List.of("James Caan")).build());
        discover(item(cartoon, "Cartoon Similar").genres(List.of("Animation", "Family"))
                .keywords(List.of("talking animals")).directors(List.of("Someone Else")).build());
        awaitKnown(heat, thief, cartoon);

        List<String> similar = given().queryParam("limit", 5).get("/api/items/{id}/similar", heat)
                .then().statusCode(200).extract().jsonPath().getList("mediaId", String.class);

        assertThat(similar).first().isEqualTo(thief);
        assertThat(similar).doesNotContain(heat, cartoon);
        given().get("/api/items/{id}/similar", newMediaId(MediaType.MOVIE)).then().statusCode(404);
    }
}
