package io.plexrecommend.scanner.webhook;

import io.plexrecommend.scanner.config.ScannerConfig;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a Plex webhook whose {@code Content-Length} is over {@code scanner.webhook.max-bytes} before the framework
 * buffers it, and answers only once the client has sent it all. Answering at once and closing, as the framework does
 * past {@code quarkus.http.limits.max-body-size}, leaves a client that is still writing with a reset connection and
 * no answer; reading the rest and throwing it away gives it the {@code 413} and its reason. Bodies announced beyond
 * {@link #MAX_DRAINED} are not read: those get the 413 at once and the connection is closed.
 */
@ApplicationScoped
public class WebhookSizeGuard {

    /** The most a refused webhook is read (and thrown away) for its sender to get the answer: 256 MiB. */
    static final long MAX_DRAINED = 256L * 1024 * 1024;

    private final long maxBytes;

    public WebhookSizeGuard(ScannerConfig config) {
        this.maxBytes = config.webhook().maxBytes();
    }

    void install(@Observes Router router) {
        // Before the body handler (order MIN_VALUE + 1) and the framework's upload limit (order -2).
        router.route(HttpMethod.POST, "/webhooks/plex").order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext rc) {
        long length = contentLength(rc.request());
        if (length <= maxBytes) {
            rc.next();
            return;
        }
        String error = new JsonObject().put("error", "the webhook is " + length + " bytes, more than the " + maxBytes
                + " this service takes (scanner.webhook.max-bytes)").encode();
        HttpServerRequest request = rc.request();
        if (length > MAX_DRAINED) {
            rc.response().setStatusCode(413).putHeader("Content-Type", "application/json").putHeader("Connection", "close")
                    .end(error);
            return;
        }
        request.handler(ignored -> {
        });
        request.exceptionHandler(ignored -> {
        });
        request.endHandler(ignored -> rc.response().setStatusCode(413).putHeader("Content-Type", "application/json")
                .end(error));
        request.resume();
    }

    private static long contentLength(HttpServerRequest request) {
        String value = request.getHeader("Content-Length");
        if (value == null) {
            return -1; // chunked: the resource counts what arrived
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
