package io.plexrecommend.embedding.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A request body that is not the JSON {@code POST /api/embeddings/refresh} expects (the only endpoint with a body):
 * 400 with {@code {"error":"…"}} in plain words, like every other error.
 */
public class UnreadableBodyMappers {

    /** Quarkus REST wraps a body that is not JSON at all in a 400 WebApplicationException; give it words. */
    @ServerExceptionMapper
    public Response notJson(WebApplicationException e) {
        if (e.getCause() instanceof StreamReadException) {
            return RefreshResource.badRequest("the request body is not valid JSON, " + RefreshResource.EXPECTED);
        }
        if (e.getCause() instanceof JsonProcessingException) {
            return wrongShape(null);
        }
        return e.getResponse();
    }

    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        return RefreshResource.badRequest("the request body has the wrong shape, " + RefreshResource.EXPECTED);
    }
}
