package io.plexrecommend.graph.rest;

import io.plexrecommend.graph.query.UnknownItemException;
import io.plexrecommend.graph.sparql.SparqlRejectedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Failures to HTTP, in one place, always as {@code {"error": ...}}. JAX-RS' own 4xx (bad media id, unsupported media
 * type, a form that cannot be decoded, ...) are worded by rest-support's RequestErrorMappers, in the same body.
 */
public class ErrorMappers {

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> unknownItem(UnknownItemException e) {
        return error(Response.Status.NOT_FOUND, e.getMessage());
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> sparqlRejected(SparqlRejectedException e) {
        return error(Response.Status.BAD_REQUEST, e.getMessage());
    }

    private static RestResponse<ErrorResponse> error(Response.Status status, String message) {
        return RestResponse.ResponseBuilder.create(status, new ErrorResponse(message))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
