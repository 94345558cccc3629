package io.plexrecommend.ui.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(AdminPasswordTest.WithPassword.class)
class AdminPasswordTest {

    public static class WithPassword implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ui.password", "correct horse");
        }
    }

    @Test
    void everythingButHealthAsksForThePassword() {
        for (String path : new String[] {"/", "/tabs/movie", "/static/app.js", "/posters/movie:tmdb:1", "/q/metrics"}) {
            given().when().get(path).then()
                    .statusCode(401)
                    .header("WWW-Authenticate", containsString("Basic realm=\"Plex Recommend\""));
        }
        given().auth().preemptive().basic("admin", "wrong").when().get("/").then().statusCode(401);
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void withThePasswordThePageIsServedAndNoLongerSaysItIsOpen() {
        given().auth().preemptive().basic("anyone", "correct horse").when().get("/").then()
                .statusCode(200)
                .body(containsString("Plex Recommend"))
                .body(not(containsString("Open access")));
    }
}
