package io.plexrecommend.ui.poster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.plexrecommend.ui.testing.FakeUpstreams;
import io.plexrecommend.ui.testing.FakeUpstreams.Answer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = FakeUpstreams.class, restrictToAnnotatedClass = true)
class PosterResourceTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4};

    @BeforeEach
    void reset() {
        FakeUpstreams.reset();
    }

    @Test
    void artworkComesFromTheScannerAndIsCached() {
        FakeUpstreams.answer("GET", "/api/artwork/movie:tmdb:603", new Answer(200, "image/jpeg", JPEG));

        for (int i = 0; i < 3; i++) {
            byte[] image = given().when().get("/posters/movie:tmdb:603").then()
                    .statusCode(200).contentType("image/jpeg").extract().asByteArray();
            assertThat(image).isEqualTo(JPEG);
        }
        assertThat(FakeUpstreams.requests("GET", "/api/artwork/movie:tmdb:603")).singleElement()
                .satisfies(r -> assertThat(r.query()).isEqualTo("width=342"));
    }

    @Test
    void withoutArtworkAPlaceholderShowsTheTitlesInitialsAndNothingOfTheTitleAsMarkup() {
        FakeUpstreams.answer("GET", "/api/artwork/movie:tmdb:9001", Answer.error(404, "no artwork"));
        FakeUpstreams.answer("GET", "/api/items/movie:tmdb:9001", Answer.json(
                "{\"mediaId\":\"movie:tmdb:9001\",\"title\":\"<script>alert(1)</script> Returns\"}"));

        given().when().get("/posters/movie:tmdb:9001").then()
                .statusCode(200)
                .contentType("image/svg+xml")
                .body(containsString(">SR</text>"))
                .body(not(containsString("<script")));
    }

    @Test
    void somethingThatIsNotAnImageIsNotPassedOn() {
        FakeUpstreams.answer("GET", "/api/artwork/movie:tmdb:77", Answer.html("<html><script>alert(1)</script></html>"));
        FakeUpstreams.answer("GET", "/api/items/movie:tmdb:77", Answer.json("{\"title\":\"Heat\"}"));

        String svg = given().when().get("/posters/movie:tmdb:77").then()
                .statusCode(200).contentType("image/svg+xml").extract().asString();
        assertThat(svg).contains(">H</text>").doesNotContain("script");
    }

    @Test
    void onlyMediaIdsAreAcceptedSoThisIsNoProxy() {
        for (String notAnId : new String[] {"http:%2F%2Fevil.example%2Fx.jpg", "..%2F..%2Fapi%2Freset", "movie:tmdb:1%3Fwidth=9999"}) {
            given().urlEncodingEnabled(false).when().get("/posters/" + notAnId).then().statusCode(400);
        }
        assertThat(FakeUpstreams.requests()).isEmpty();
    }

    @Test
    void aPlaceholderIsServedWhenNobodyKnowsTheItem() {
        FakeUpstreams.answer("GET", "/api/artwork/show:tvdb:5", Answer.error(404, "no artwork"));
        given().when().get("/posters/show:tvdb:5").then().statusCode(200)
                .header("Cache-Control", containsString("max-age=300"))
                .body(containsString(">?</text>"));
        given().when().get("/posters/show:tvdb:5").then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
