package io.plexrecommend.ui.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.WebApplicationException;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Requests refused before a resource method runs (a path this UI does not have, such as a tab other than movie or
 * show, a method or content type a route does not take): the same readable notice as every other refusal. The
 * framework's own answers are empty, which htmx would swap in as a blank panel.
 */
public class RequestErrorMapper {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(RequestErrorMapper.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(String message);
    }

    /** A form with a broken escape or a nameless field: the client's 400. Any other such exception is our bug. */
    @ServerExceptionMapper({IllegalArgumentException.class, IndexOutOfBoundsException.class,
            MultipartParser.MalformedMessageException.class})
    public Response undecodable(RuntimeException e) {
        if (UndecodableBody.isUndecodableBody(e)) {
            return HtmlResponse.of(Response.Status.BAD_REQUEST, Templates.refused("The form could not be read. Reload the page and try again."));
        }
        LOG.error("request failed", e);
        return HtmlResponse.of(Response.Status.INTERNAL_SERVER_ERROR, Templates.refused("Something went wrong here; the ui-service log has the details."));
    }

    @ServerExceptionMapper
    public Response refused(WebApplicationException e) {
        if (e instanceof ClientWebApplicationException) {
            // A call to another service that nobody turned into an UpstreamException: our fault, not this request's.
            LOG.error("an upstream call failed unhandled", e);
            return HtmlResponse.of(Response.Status.INTERNAL_SERVER_ERROR, Templates.refused("Something went wrong here; the ui-service log has the details."));
        }
        Response response = e.getResponse();
        if (response.hasEntity() || response.getStatus() < 400 || response.getStatus() >= 500) {
            return response;
        }
        int status = response.getStatus();
        String message;
        if (e instanceof NotSupportedException) {
            message = "This action does not take that kind of data. Reload the page and try again.";
        } else if (e instanceof NotAllowedException) {
            message = "This address does not take that kind of request.";
        } else if (status == 404) {
            message = "There is nothing here" + (e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? "."
                    : ": " + e.getMessage() + ".");
        } else {
            Response.Status known = Response.Status.fromStatusCode(status);
            message = "The request was refused" + (known == null ? "." : " (" + known.getReasonPhrase().toLowerCase(Locale.ROOT) + ").");
        }
        return HtmlResponse.of(Response.Status.fromStatusCode(status) != null ? Response.Status.fromStatusCode(status)
                : Response.Status.BAD_REQUEST, Templates.refused(message));
    }
}
