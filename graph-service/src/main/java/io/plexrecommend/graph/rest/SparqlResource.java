package io.plexrecommend.graph.rest;

import io.plexrecommend.graph.sparql.SparqlResult;
import io.plexrecommend.graph.sparql.SparqlService;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The SPARQL 1.1 protocol's query operation, read-only: {@code GET ?query=}, {@code POST} as a form field
 * {@code query}, or {@code POST} with an {@code application/sparql-query} body. SELECT and ASK answer
 * {@code application/sparql-results+json}, CONSTRUCT and DESCRIBE {@code application/n-triples}. Updates, in any of
 * the protocol's forms, are a 400.
 */
@Path("/sparql")
@Blocking
public class SparqlResource {

    static final String SPARQL_QUERY = "application/sparql-query";
    static final String SPARQL_UPDATE = "application/sparql-update";

    private final SparqlService sparql;

    public SparqlResource(SparqlService sparql) {
        this.sparql = sparql;
    }

    @GET
    public Response get(@QueryParam("query") String query, @QueryParam("update") String update) {
        return run(query, update);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response form(@FormParam("query") String query, @FormParam("update") String update) {
        return run(query, update);
    }

    @POST
    @Consumes(SPARQL_QUERY)
    public Response body(String query) {
        return run(query, null);
    }

    @POST
    @Consumes(SPARQL_UPDATE)
    public Response update(String ignored) {
        throw SparqlService.updateRejected();
    }

    private Response run(String query, String update) {
        if (update != null) {
            throw SparqlService.updateRejected();
        }
        SparqlResult result = sparql.query(query);
        return Response.ok(result.body(), result.contentType()).build();
    }
}
