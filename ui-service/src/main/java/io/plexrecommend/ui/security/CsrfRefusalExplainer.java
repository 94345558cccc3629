package io.plexrecommend.ui.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF filter refuses a request with a bare 400. The page swaps 400 answers into place, so without a body a
 * stale tab (its token cookie expired or cleared) would just go blank; this says what to do instead.
 */
public class CsrfRefusalExplainer {

    static final String MESSAGE = "<p class=\"notice notice-error\" role=\"alert\">This page is out of date or was not "
            + "opened from Plex Recommend (its security token is missing). Reload the page and try again.</p>";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && !SAFE.contains(request.getMethod())) {
            response.setEntity(MESSAGE, null, MediaType.TEXT_HTML_TYPE);
        }
    }
}
