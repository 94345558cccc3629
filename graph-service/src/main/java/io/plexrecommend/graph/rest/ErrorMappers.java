package io.plexrecommend.graph.rest;

import io.plexrecommend.graph.query.UnknownItemException;
import io.plexrecommend.graph.sparql.SparqlRejectedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Failures to HTTP, in one place, always as {@code {"error": ...}}. */
public class ErrorMappers {

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> unknownItem(UnknownItemException e) {
        return error(Response.Status.NOT_FOUND, e.getMessage());
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> sparqlRejected(SparqlRejectedException e) {
        return error(Response.Status.BAD_REQUEST, e.getMessage());
    }

    /** JAX-RS' own 4xx (bad media id, unsupported media type, ...) with our body instead of an empty one. */
    @ServerExceptionMapper
    public RestResponse<ErrorResponse> webApplication(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return RestResponse.ResponseBuilder.<ErrorResponse>create(status.getStatusCode())
                .entity(new ErrorResponse(e.getMessage() == null ? status.getReasonPhrase() : e.getMessage()))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static RestResponse<ErrorResponse> error(Response.Status status, String message) {
        return RestResponse.ResponseBuilder.create(status, new ErrorResponse(message))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
