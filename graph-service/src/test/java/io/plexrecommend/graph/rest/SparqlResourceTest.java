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
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SPARQL 1.1 protocol endpoint: three ways to query, JSON results, and what it refuses. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class SparqlResourceTest {

    private static final String PREFIX = "PREFIX schema: <https://schema.org/> ";

    @Inject
    GraphStore store;

    @Inject
    MediaGraphMapper mapper;

    private String mediaId;
    private String director;

    @BeforeEach
    void item() {
        director = "Director " + ThreadLocalRandom.current().nextInt(1_000_000);
        MediaItem item = TestItems.movie("movie:tmdb:" + ThreadLocalRandom.current().nextInt(1, 1_000_000_000))
                .title("Heat").directors(List.of(director)).build();
        store.replace(item.mediaId(), mapper.toModel(item));
        mediaId = item.mediaId();
    }

    private String filmsBy() {
        return PREFIX + "SELECT ?film ?title WHERE { ?film schema:director ?d . ?d schema:name \"" + director
                + "\" . ?film schema:name ?title }";
    }

    private void assertFindsTheFilm(JsonPath json) {
        assertThat(json.getList("head.vars")).containsExactly("film", "title");
        assertThat(json.getList("results.bindings.film.value"))
                .containsExactly("https://plex-recommend.io/media/" + mediaId);
        assertThat(json.getList("results.bindings.title.value")).containsExactly("Heat");
    }

    @Test
    void aFormWithABrokenEscapeIsA400InTheEndpointsErrorBody() {
        for (String form : List.of("query=%zz", "a=" + "%".repeat(50), "%zz=%")) {
            given().contentType("application/x-www-form-urlencoded").body(form).post("/sparql")
                    .then().statusCode(400).contentType("application/json").body("error", containsString("could not be decoded"));
        }
    }

    @Test
    void selectOverGetAnswersSparqlJsonFromTheUnionOfAllItemGraphs() {
        assertFindsTheFilm(given().queryParam("query", filmsBy()).get("/sparql").then().statusCode(200)
                .contentType(containsString("application/sparql-results+json")).extract().jsonPath());
    }

    @Test
    void selectOverPostFormAndPostBodyAnswerTheSame() {
        assertFindsTheFilm(given().formParam("query", filmsBy()).post("/sparql").then().statusCode(200)
                .extract().jsonPath());
        assertFindsTheFilm(given().contentType("application/sparql-query").body(filmsBy().getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/sparql").then()
                .statusCode(200).extract().jsonPath());
    }

    @Test
    void askAndConstructWork() {
        given().queryParam("query", PREFIX + "ASK { ?f schema:director ?d . ?d schema:name \"" + director + "\" }")
                .get("/sparql").then().statusCode(200).body("boolean", org.hamcrest.Matchers.is(true));
        String triples = given().queryParam("query", PREFIX + "CONSTRUCT { ?f schema:director ?d } WHERE { "
                + "?f schema:director ?d . ?d schema:name \"" + director + "\" }").get("/sparql").then()
                .statusCode(200).contentType(containsString("application/n-triples")).extract().asString();
        assertThat(triples).contains("<https://plex-recommend.io/media/" + mediaId + ">");
    }

    @Test
    void everyQueryIsLimited() {
        // %test.graph.sparql.max-rows is 10000 by default; a LIMIT above it is cut down, one below it kept.
        JsonPath few = given().queryParam("query", "SELECT * { ?s ?p ?o } LIMIT 3").get("/sparql").then()
                .statusCode(200).extract().jsonPath();
        assertThat(few.getList("results.bindings")).hasSize(3);
        JsonPath capped = given().queryParam("query", "SELECT * { ?s ?p ?o } LIMIT 99999999").get("/sparql").then()
                .statusCode(200).extract().jsonPath();
        assertThat(capped.getList("results.bindings").size()).isLessThanOrEqualTo(10_000);
    }

    @Test
    void updatesAreRejectedInEveryFormAndChangeNothing() {
        String insert = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        given().queryParam("query", insert).get("/sparql").then().statusCode(400)
                .body("error", containsString("read-only"));
        given().formParam("update", insert).post("/sparql").then().statusCode(400)
                .body("error", containsString("read-only"));
        given().contentType("application/sparql-update").body(insert.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/sparql").then().statusCode(400)
                .body("error", containsString("read-only"));
        given().queryParam("query", "DROP ALL").get("/sparql").then().statusCode(400)
                .body("error", containsString("read-only"));

        given().queryParam("query", "ASK { GRAPH ?g { <urn:x> ?p ?o } }").get("/sparql").then().statusCode(200)
                .body("boolean", org.hamcrest.Matchers.is(false));
        given().queryParam("query", filmsBy()).get("/sparql").then().statusCode(200);
    }

    @Test
    void brokenOrMissingQueriesAreBadRequests() {
        given().queryParam("query", "SELECT ?x WHERE { ?x").get("/sparql").then().statusCode(400)
                .body("error", containsString("not a valid SPARQL query"));
        given().get("/sparql").then().statusCode(400).body("error", containsString("no query"));
    }

    @Test
    void aQueryThatWouldScanForeverIsStoppedByTheTimeout() {
        // Four unconstrained patterns: every triple times every triple, three times over (%test timeout: 2 s).
        given().queryParam("query", "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
                .get("/sparql").then().statusCode(400).body("error", containsString("longer than 2000 ms"));
        given().queryParam("query", filmsBy()).get("/sparql").then().statusCode(200);
    }
}
