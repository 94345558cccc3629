package io.plexrecommend.scanner.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Requests the framework refuses before a resource method runs (a body that is not JSON or has a field of the wrong
 * type, an unsupported content type, a method the path does not take): the same {@code {"error":…}} as every other
 * refusal, in plain words. The framework's own answers are empty, and Jackson's messages name Java classes.
 */
public class RequestErrorMappers {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(RequestErrorMappers.class);

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> unreadableJson(JsonProcessingException e) {
        return error(Response.Status.BAD_REQUEST.getStatusCode(), describe(e));
    }

    /** The framework's own reader reports malformed JSON as a bare 400 wrapping the parser's exception. */
    @ServerExceptionMapper
    public RestResponse<ErrorResponse> wrongShape(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response refused(WebApplicationException e, HttpHeaders headers) {
        if (e instanceof ClientWebApplicationException) {
            // A call to Plex/TMDB/TVDB that nobody handled: our fault, and its status is not this request's.
            LOG.error("an upstream call failed unhandled", e);
            return error(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), "internal error; the service log has the details")
                    .toResponse();
        }
        Response response = e.getResponse();
        if (response.hasEntity() || response.getStatus() < 400 || response.getStatus() >= 500) {
            return response;
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json).toResponse();
        }
        int status = response.getStatus();
        String message;
        if (e instanceof NotSupportedException) {
            message = "this endpoint does not take " + (headers.getMediaType() == null ? "a body without a content type"
                    : "'" + headers.getMediaType() + "'");
        } else if (e instanceof NotAllowedException) {
            message = "this path does not take that method; it takes " + String.join(", ", response.getAllowedMethods());
        } else {
            Response.Status known = Response.Status.fromStatusCode(status);
            message = known == null ? "the request was refused" : known.getReasonPhrase().toLowerCase(java.util.Locale.ROOT);
        }
        return error(status, message).toResponse();
    }

    /** A form with a broken escape or a nameless field: the client's 400. Any other such exception is our bug. */
    @ServerExceptionMapper({IllegalArgumentException.class, IndexOutOfBoundsException.class,
            MultipartParser.MalformedMessageException.class})
    public RestResponse<ErrorResponse> undecodable(RuntimeException e) {
        if (UndecodableBody.isUndecodableBody(e)) {
            return error(Response.Status.BAD_REQUEST.getStatusCode(),
                    "the request body could not be decoded: check its content type and encoding");
        }
        LOG.error("request failed", e);
        return error(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), "internal error; the service log has the details");
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof JsonParseException || e.getLocation() != null && !(e instanceof JsonMappingException)) {
            return "the body is not valid JSON" + where(e);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return "'" + field + "' has a value of the wrong type or size" + where(e);
        }
        return "the body does not have the expected JSON shape" + where(e);
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static RestResponse<ErrorResponse> error(int status, String message) {
        return RestResponse.ResponseBuilder.<ErrorResponse>create(status).entity(new ErrorResponse(message))
                .type(MediaType.APPLICATION_JSON).build();
    }
}
