package io.plexrecommend.ui.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Asks for the admin password (HTTP Basic) on every route, static files included, when one is configured. Health
 * endpoints stay open so Docker and Kubernetes can probe. Installed as the first Vert.x route, before REST and
 * static resources.
 */
@ApplicationScoped
public class AdminPasswordGate {

    static final String REALM = "Basic realm=\"Plex Recommend\", charset=\"UTF-8\"";

    private final AdminPassword password;

    AdminPasswordGate(AdminPassword password) {
        this.password = password;
    }

    void install(@Observes Router router) {
        if (password.required()) {
            router.route().order(Integer.MIN_VALUE).handler(this::check);
        }
    }

    private void check(RoutingContext routing) {
        String path = routing.normalizedPath();
        if (path.startsWith("/q/health") || password.acceptsAuthorization(routing.request().getHeader(HttpHeaders.AUTHORIZATION))) {
            routing.next();
            return;
        }
        routing.response()
                .setStatusCode(401)
                .putHeader("WWW-Authenticate", REALM)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                .end("Plex Recommend needs the admin password (UI_PASSWORD).");
    }
}
