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
class SettingsTest {

    static final String MASKED = """
            {"plex":{"url":"http://192.168.1.10:32400","token":"••••1a2b"},"tmdb":{"apiKey":"••••9f9f","readToken":null},
             "tvdb":{"apiKey":null,"pin":null},"profiles":[]}""";

    @BeforeEach
    void reset() {
        FakeUpstreams.reset();
        FakeUpstreams.answer("GET", "/api/settings", Answer.json(MASKED));
    }

    @Test
    void savedSecretsAreShownMaskedAndNoSecretInputIsPrefilled() {
        String form = given().when().get("/config/settings").then().statusCode(200).extract().asString();

        assertThat(form).contains("value=\"http://192.168.1.10:32400\"")
                .contains("saved: ••••1a2b").contains("saved: ••••9f9f")
                .contains("name=\"clear-plexToken\"").doesNotContain("name=\"clear-tvdbApiKey\"");
        assertThat(form).containsPattern("type=\"password\" name=\"plexToken\" value=\"\"");
        assertThat(form).doesNotContainPattern("type=\"password\"[^>]*value=\"[^\"]+\"");
    }

    @Test
    void savingSendsOnlyTypedValuesAndClearsTickedOnes() {
        FakeUpstreams.answer("PUT", "/api/settings", Answer.json(MASKED));

        UiSession.open().request().contentType(ContentType.URLENC)
                .formParam("plexUrl", "http://10.0.0.5:32400").formParam("plexToken", "")
                .formParam("tmdbApiKey", "abcd1234efgh").formParam("clear-tvdbPin", "on")
                .when().post("/config/settings").then()
                .statusCode(200).body(containsString("Saved."))
                .body(not(containsString("abcd1234efgh")));

        assertThat(FakeUpstreams.requests("PUT", "/api/settings")).singleElement().satisfies(r -> assertThat(r.bodyText())
                .isEqualTo("{\"plex\":{\"url\":\"http://10.0.0.5:32400\"},\"tmdb\":{\"apiKey\":\"abcd1234efgh\"},\"tvdb\":{\"pin\":\"\"}}")
                .doesNotContain("token"));
    }

    @Test
    void thePlaylistSwitchIsShownAndSavedWithItsSizeWithoutTouchingSecrets() {
        assertThat(given().when().get("/config/settings").then().statusCode(200).extract().asString())
                .contains("name=\"playlistsEnabled\"").doesNotContainPattern("name=\"playlistsEnabled\"\\s+checked")
                .contains("name=\"playlistsSize\" min=\"1\" max=\"100\" value=\"20\"");
        FakeUpstreams.answer("PUT", "/api/settings", Answer.json(MASKED.replace("\"profiles\":[]",
                "\"profiles\":[],\"playlists\":{\"enabled\":true,\"size\":12}")));

        String saved = UiSession.open().request().contentType(ContentType.URLENC)
                .formParam("playlistsEnabled", "on").formParam("playlistsSize", "12")
                .when().post("/config/settings/playlists").then().statusCode(200).extract().asString();

        assertThat(saved).contains("Plex playlists are being written").containsPattern("name=\"playlistsEnabled\"\\s+checked")
                .contains("value=\"12\"");
        assertThat(FakeUpstreams.requests("PUT", "/api/settings")).singleElement().satisfies(r -> assertThat(r.bodyText())
                .isEqualTo("{\"playlists\":{\"enabled\":\"true\",\"size\":\"12\"}}"));

        UiSession.open().request().contentType(ContentType.URLENC).formParam("playlistsSize", "12")
                .when().post("/config/settings/playlists").then().statusCode(200);
        assertThat(FakeUpstreams.requests("PUT", "/api/settings")).last().satisfies(r -> assertThat(r.bodyText())
                .as("an unticked box is the switch turned off").contains("\"enabled\":\"false\""));
    }

    @Test
    void aPlaylistSizeOutsideOneToHundredIsRefused() {
        UiSession.open().request().contentType(ContentType.URLENC).formParam("playlistsSize", "500")
                .when().post("/config/settings/playlists").then()
                .statusCode(400).body(containsString("1 to 100 titles"));
        assertThat(FakeUpstreams.requests("PUT", "/api/settings")).isEmpty();
    }

    @Test
    void aPlexUrlThatIsNoHttpUrlIsRefusedAndNothingIsSaved() {
        UiSession.open().request().contentType(ContentType.URLENC).formParam("plexUrl", "file:///etc/passwd")
                .when().post("/config/settings").then()
                .statusCode(400).body(containsString("The Plex URL looks like http://192.168.1.10:32400"));
        assertThat(FakeUpstreams.requests("PUT", "/api/settings")).isEmpty();
    }

    @Test
    void testConnectionShowsEachSourcesResultInPlainWords() {
        FakeUpstreams.answer("POST", "/api/settings/test", Answer.json("""
                [{"source":"plex","ok":true,"message":"Connected to Plex server 'Basement' (1.40.2)"},
                 {"source":"tmdb","ok":false,"message":"TMDB rejected the API key (401) <check it>"}]"""));

        UiSession.open().request().when().post("/config/settings/test").then()
                .statusCode(200)
                .body(containsString("class=\"connection-test ok\" data-source=\"plex\""))
                .body(containsString("Connected to Plex server &#39;Basement&#39; (1.40.2)"))
                .body(containsString("class=\"connection-test failed\" data-source=\"tmdb\""))
                .body(containsString("TMDB rejected the API key (401) &lt;check it&gt;"));
    }
}
