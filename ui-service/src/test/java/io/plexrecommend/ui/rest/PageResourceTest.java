package io.plexrecommend.ui.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PageResourceTest {

    @Test
    void pageHasThreeTabsWhosePanelsLoadTheirContentWithHtmx() {
        String page = given().when().get("/").then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .extract().asString();

        assertThat(page)
                .contains("<h1 class=\"brand\">")
                .contains("Plex Recommend")
                .contains("aria-controls=\"tab-movie\" aria-selected=\"true\">Movies</button>")
                .contains("aria-controls=\"tab-show\" aria-selected=\"false\" tabindex=\"-1\">TV Shows</button>")
                .contains("aria-controls=\"tab-config\" aria-selected=\"false\" tabindex=\"-1\">Configuration</button>");
        assertThat(page).containsPattern("<section class=\"tab-panel\" id=\"tab-movie\"[^>]*hx-get=\"tabs/movie\" hx-trigger=\"load");
        assertThat(page).containsPattern("<section class=\"tab-panel\" id=\"tab-show\"[^>]*hx-get=\"tabs/show\" hx-trigger=\"load");
        assertThat(page).containsPattern("<section class=\"tab-panel\" id=\"tab-config\"[^>]*hx-get=\"config\"");
    }

    @Test
    void htmxAndTheAppAssetsAreServedByThisService() {
        String page = given().when().get("/").then().statusCode(200).extract().asString();

        for (String script : attributes(page, "script", "src")) {
            assertThat(script).doesNotStartWith("http").doesNotStartWith("//");
            given().when().get("/" + script).then()
                    .statusCode(200)
                    .contentType(containsString("javascript"));
        }
        assertThat(attributes(page, "script", "src")).anyMatch(src -> src.contains("htmx"));
        given().when().get("/" + attributes(page, "script", "src").stream().filter(s -> s.contains("htmx")).findFirst().orElseThrow())
                .then().body(containsString("htmx"));
        for (String linked : attributes(page, "link", "href")) {
            given().when().get("/" + linked).then().statusCode(200)
                    .contentType(containsString(linked.endsWith(".svg") ? "image/svg+xml" : "text/css"));
        }
    }

    @Test
    void profileFromTheQueryIsShownAndRememberedInACookie() {
        given().queryParam("profile", "alice").when().get("/").then()
                .statusCode(200)
                .cookie("profile", "alice")
                .body(containsString("<strong>alice</strong>"));

        given().cookie("profile", "bob").when().get("/").then()
                .statusCode(200)
                .body(containsString("<strong>bob</strong>"));

        given().when().get("/").then()
                .body(containsString("<strong>default</strong>"));
    }

    @Test
    void profileNamesThatAreNotSafeAreRefused() {
        given().queryParam("profile", "<script>").when().get("/").then().statusCode(400);
    }

    private static java.util.List<String> attributes(String html, String tag, String attribute) {
        Matcher matcher = Pattern.compile("<" + tag + "\\b[^>]*\\b" + attribute + "=\"([^\"]+)\"").matcher(html);
        java.util.List<String> values = new java.util.ArrayList<>();
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }
}
