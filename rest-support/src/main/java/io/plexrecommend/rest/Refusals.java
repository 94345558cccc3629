package io.plexrecommend.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.plexrecommend.rest.Refusal.Kind;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.CharConversionException;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What went wrong with a request the framework refused, as a {@link Refusal}: one wording for every service. */
public final class Refusals {

    /** A body Jackson could not read: not JSON at all, or a field of the wrong type or size. */
    public static Refusal unreadableJson(JsonProcessingException e) {
        return new Refusal(Kind.UNREADABLE_JSON, 400, describe(e));
    }

    /** A body that is not UTF-8 where JSON must be. */
    public static Refusal notUtf8() {
        return new Refusal(Kind.UNREADABLE_JSON, 400, "the body is not valid JSON: it is not UTF-8 text");
    }

    /**
     * A failure a body decoder raised is the client's 400; the same exception type from anywhere else is our 500.
     */
    public static Refusal undecodable(Throwable e) {
        if (UndecodableBody.isUndecodableBody(e)) {
            return new Refusal(Kind.UNDECODABLE_BODY, 400, "the request body could not be decoded: check its content"
                    + " type, its encoding and, for multipart/form-data, its boundary");
        }
        return internal();
    }

    public static Refusal internal() {
        return new Refusal(Kind.INTERNAL, 500, "internal error; the service log has the details");
    }

    /**
     * The framework's (or our own) 4xx without a body, in words; empty when the exception's own response stands (it
     * has a body already, or is not a client error).
     */
    public static Optional<Refusal> of(WebApplicationException e, MediaType requestType) {
        Response response = e.getResponse();
        int status = response.getStatus();
        if (response.hasEntity() || status < 400 || status >= 500) {
            return Optional.empty();
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return Optional.of(unreadableJson(json));
        }
        if (e.getCause() instanceof CharConversionException) {
            return Optional.of(notUtf8());
        }
        if (e instanceof NotSupportedException) {
            return Optional.of(new Refusal(Kind.UNSUPPORTED_MEDIA_TYPE, status, "this endpoint does not take "
                    + (requestType == null ? "a body without a content type" : "'" + Echo.of(requestType.toString()) + "'")));
        }
        if (e instanceof NotAllowedException) {
            return Optional.of(new Refusal(Kind.METHOD_NOT_ALLOWED, status, response.getAllowedMethods().isEmpty()
                    ? "this path does not take that method"
                    : "this path does not take that method; it takes " + String.join(", ", response.getAllowedMethods())));
        }
        if (stated(e)) {
            return Optional.of(new Refusal(Kind.STATED, status, e.getMessage()));
        }
        if (e.getCause() != null) {
            // The framework could not convert a parameter; it reports a path or query parameter as a 404.
            return Optional.of(new Refusal(Kind.BAD_PARAMETER, status,
                    "a parameter of this request (in its path, query, headers or form) does not have the expected type"));
        }
        if (e instanceof NotFoundException) {
            return Optional.of(new Refusal(Kind.NOT_FOUND, status, "there is nothing at this path"));
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return Optional.of(new Refusal(Kind.OTHER, status,
                known == null ? "the request was refused" : known.getReasonPhrase().toLowerCase(Locale.ROOT)));
    }

    /** Our own code threw it with words of its own, not the framework's "HTTP 404 Not Found". */
    private static boolean stated(WebApplicationException e) {
        return e.getMessage() != null && !e.getMessage().isBlank()
                && !e.getMessage().startsWith("HTTP " + e.getResponse().getStatus());
    }

    static String describe(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? field(mapping) : "";
        // Jackson wraps what its parser found (bad UTF-8, a number too big) in a mapping exception that names the field.
        JsonProcessingException read = e instanceof JsonMappingException && e.getCause() instanceof StreamReadException cause
                ? cause : e;
        if (read instanceof InputCoercionException) {
            return (field.isEmpty() ? "a number" : "'" + field + "'") + " is out of range" + where(e);
        }
        if (read instanceof StreamReadException) {
            return "the body is not valid JSON" + (field.isEmpty() ? "" : " at '" + field + "'") + where(e);
        }
        if (!field.isEmpty()) {
            return "'" + field + "' has the wrong type or size" + where(e);
        }
        return "the JSON body has the wrong shape" + where(e);
    }

    private static String field(JsonMappingException e) {
        return Echo.of(e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")));
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private Refusals() {
    }
}
