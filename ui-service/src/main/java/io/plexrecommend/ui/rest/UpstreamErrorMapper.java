package io.plexrecommend.ui.rest;

import io.plexrecommend.ui.client.UpstreamException;
import io.plexrecommend.ui.page.BadInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns a failed call to another service, or input refused here, into a panel the user can read. The statuses stay
 * honest (503, 502, 404, 413, 400) for logs and metrics; the page's htmx config swaps exactly these error
 * responses into their target.
 */
public class UpstreamErrorMapper {

    private static final Logger LOG = Logger.getLogger(UpstreamErrorMapper.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upstreamError(String service, boolean unreachable, String message);

        static native TemplateInstance badInput(String message);
    }

    @ServerExceptionMapper
    public Response toPanel(UpstreamException e) {
        Response.Status status = switch (e.kind()) {
            case UNREACHABLE -> Response.Status.SERVICE_UNAVAILABLE;
            case REJECTED -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
            case FAILED -> Response.Status.BAD_GATEWAY;
        };
        LOG.warnf("%s: %s", e.service(), e.getMessage());
        boolean unreachable = e.kind() == UpstreamException.Kind.UNREACHABLE;
        return HtmlResponse.of(status, Templates.upstreamError(e.service(), unreachable, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response toPanel(BadInputException e) {
        return HtmlResponse.of(Response.Status.BAD_REQUEST, Templates.badInput(e.getMessage()));
    }
}
