package io.plexrecommend.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.CharConversionException;
import java.io.IOException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

/**
 * Requests the framework refuses before a resource method runs — a body that is not the JSON expected, a form or
 * multipart body that cannot be decoded, a parameter that does not convert, a path or method no resource takes, a
 * content type no endpoint reads — answered like every other refusal of the service, in plain words, through its
 * {@link RefusalRenderer}. The framework's own answers are empty (or a 500 for an undecodable body), and Jackson's
 * messages name Java classes.
 */
public class RequestErrorMappers {

    private static final Logger LOG = Logger.getLogger(RequestErrorMappers.class);

    private final RefusalRenderer renderer;

    public RequestErrorMappers(RefusalRenderer renderer) {
        this.renderer = renderer;
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return renderer.render(Refusals.unreadableJson(e));
    }

    /** Quarkus REST's own mapper for this type answers an empty 400; ours is more specific than the general one. */
    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        return unreadableJson(e);
    }

    /** Jackson reading bytes that are not UTF-8. */
    @ServerExceptionMapper
    public Response notUtf8(CharConversionException e) {
        return renderer.render(Refusals.notUtf8());
    }

    @ServerExceptionMapper
    public Response refused(WebApplicationException e, HttpHeaders headers) {
        if (e instanceof ClientWebApplicationException) {
            // A call to another service that nobody handled: our fault, and its status is not this request's.
            LOG.error("an upstream call failed unhandled", e);
            return renderer.render(Refusals.internal());
        }
        return Refusals.of(e, headers.getMediaType()).map(renderer::render).orElseGet(e::getResponse);
    }

    /**
     * A form with a broken escape or a nameless field, a multipart body that breaks its boundary: the client's 400.
     * Any other such exception is our bug.
     */
    @ServerExceptionMapper({IllegalArgumentException.class, IndexOutOfBoundsException.class,
            MultipartParser.MalformedMessageException.class, IOException.class})
    public Response undecodable(Exception e) {
        Refusal refusal = Refusals.undecodable(e);
        if (refusal.kind() == Refusal.Kind.INTERNAL) {
            LOG.error("request failed", e);
        }
        return renderer.render(refusal);
    }
}
