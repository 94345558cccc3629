package io.plexrecommend.recommender.rest;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A request body that is not the JSON we expect: 400 with the same {@code {"error":"…"}} as every other error. */
public class UnreadableBodyMappers {

    private static final String EXPECTED = "expected JSON like {\"mediaId\":\"movie:tmdb:603\",\"rating\":9}";

    /** Quarkus REST wraps a body that is not JSON at all in a 400 WebApplicationException; give it words. */
    @ServerExceptionMapper
    public Response notJson(WebApplicationException e) {
        if (e.getCause() instanceof StreamReadException) {
            return badRequest("the request body is not valid JSON, " + EXPECTED);
        }
        return e.getResponse();
    }

    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        String field = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                .filter(name -> name != null).collect(Collectors.joining("."));
        return badRequest(field.isEmpty() ? "the request body has the wrong shape, " + EXPECTED
                : "'" + field + "' has the wrong type, " + EXPECTED);
    }

    private static Response badRequest(String message) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(message)).build();
    }
}
