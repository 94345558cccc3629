package io.plexrecommend.ui.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/** Runs one call to another service and turns what went wrong into an {@link UpstreamException} for the user. */
final class Upstream {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Upstream() {
    }

    static <T> T call(String service, String baseUrl, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException | WebApplicationException e) {
            throw translate(service, baseUrl, e);
        }
    }

    /** Also used for streams, whose failures arrive as items of the stream instead of thrown exceptions. */
    static RuntimeException translate(String service, String baseUrl, Throwable e) {
        if (e instanceof UpstreamException upstream) {
            return upstream;
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            UpstreamException.Kind kind = switch (status) {
                case 400, 409, 422 -> UpstreamException.Kind.REJECTED;
                case 404 -> UpstreamException.Kind.NOT_FOUND;
                case 413 -> UpstreamException.Kind.TOO_LARGE;
                default -> null;
            };
            if (kind != null) {
                return new UpstreamException(service, kind, errorMessage(web.getResponse()), e);
            }
            return new UpstreamException(service, UpstreamException.Kind.FAILED, service + " answered HTTP " + status, e);
        }
        return new UpstreamException(service, UpstreamException.Kind.UNREACHABLE,
                service + " is not reachable at " + baseUrl + ": " + rootMessage(e), e);
    }

    /** Our services refuse a request with {"error": "..."}; anything else is shown as plain text. */
    private static String errorMessage(Response response) {
        String body;
        try {
            body = response.readEntity(String.class);
        } catch (RuntimeException unreadable) {
            return "Refused with HTTP " + response.getStatus();
        }
        if (body == null || body.isBlank()) {
            return "Refused with HTTP " + response.getStatus();
        }
        try {
            JsonNode error = JSON.readTree(body).get("error");
            if (error != null && error.isTextual()) {
                return error.asText();
            }
        } catch (Exception notJson) {
            // fall through: show the text as it came
        }
        if (body.stripLeading().startsWith("<")) {
            // An HTML error page (e.g. the framework's 404) says nothing a user can act on.
            return "Refused with HTTP " + response.getStatus();
        }
        return body.length() > 500 ? body.substring(0, 500) + "…" : body;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
