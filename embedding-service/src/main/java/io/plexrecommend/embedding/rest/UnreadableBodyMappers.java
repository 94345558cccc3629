package io.plexrecommend.embedding.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Requests the framework refuses before a resource method runs — a body that is not the JSON
 * {@code POST /api/embeddings/refresh} expects (the only endpoint with a body), another content type, a method the
 * path does not take: {@code {"error":"…"}} in plain words, like every other error, instead of an empty answer.
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
        Response refused = e.getResponse();
        if (refused.hasEntity() || refused.getStatus() < 400 || refused.getStatus() >= 500) {
            return refused;
        }
        String message;
        if (e instanceof NotSupportedException) {
            message = "this endpoint takes application/json, " + RefreshResource.EXPECTED;
        } else if (e instanceof NotAllowedException) {
            message = refused.getAllowedMethods().isEmpty() ? "this path does not take that method"
                    : "this path does not take that method; it takes " + String.join(", ", refused.getAllowedMethods());
        } else {
            Response.Status known = Response.Status.fromStatusCode(refused.getStatus());
            message = known == null ? "the request was refused" : known.getReasonPhrase().toLowerCase(Locale.ROOT);
        }
        return Response.status(refused.getStatus()).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", message)).build();
    }

    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        return RefreshResource.badRequest("the request body has the wrong shape, " + RefreshResource.EXPECTED);
    }
}
