package io.plexrecommend.ui.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/** The one place that decides what a failed call to our services means for the user. */
final class Upstream {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Upstream() {
    }

    static <T> T call(String service, String baseUrl, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException e) {
            throw new UpstreamException(service, UpstreamException.Kind.UNREACHABLE,
                    service + " is not reachable at " + baseUrl + ": " + rootMessage(e), e);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400 || status == 409 || status == 422) {
                throw new UpstreamException(service, UpstreamException.Kind.REJECTED, errorMessage(e.getResponse()), e);
            }
            throw new UpstreamException(service, UpstreamException.Kind.FAILED,
                    service + " answered HTTP " + status, e);
        }
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
