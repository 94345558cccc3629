package io.plexrecommend.scanner.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plexrecommend.scanner.config.ScannerConfig;
import io.plexrecommend.scanner.rest.ErrorResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Plex's webhook: a {@code multipart/form-data} POST whose {@code payload} part is the event JSON (typed
 * {@code application/json}, without a file name) and, for most media events, a {@code thumb} part with the poster
 * JPEG, which is not used. Answers at once with what it did; Plex does not retry, so even ignored events get a 200.
 * A body over {@code scanner.webhook.max-bytes} (4 MiB) is a 413 with the reason, as is a payload part over
 * {@code quarkus.http.limits.max-form-attribute-size} (1 MiB), which the framework refuses before this runs.
 */
@Path("/webhooks/plex")
public class PlexWebhookResource {

    private final PlexWebhookHandler handler;
    private final ObjectMapper json;
    private final long maxBytes;

    public PlexWebhookResource(PlexWebhookHandler handler, ObjectMapper json, ScannerConfig config) {
        this.handler = handler;
        this.json = json;
        this.maxBytes = config.webhook().maxBytes();
    }

    @POST
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<?> receive(@RestForm("payload") String payload, @RestForm("thumb") FileUpload thumb,
            @HeaderParam("Content-Length") Long contentLength) {
        long received = (payload == null ? 0 : payload.getBytes(StandardCharsets.UTF_8).length)
                + (thumb == null ? 0 : thumb.size());
        long size = Math.max(received, contentLength == null ? 0 : contentLength);
        if (size > maxBytes) {
            return RestResponse.status(jakarta.ws.rs.core.Response.Status.REQUEST_ENTITY_TOO_LARGE, new ErrorResponse("the webhook is "
                    + size + " bytes, more than the " + maxBytes + " this service takes (scanner.webhook.max-bytes)"));
        }
        if (payload == null || payload.isBlank()) {
            return RestResponse.status(RestResponse.Status.BAD_REQUEST,
                    new ErrorResponse("no 'payload' part: Plex sends the event as multipart/form-data with a payload field"));
        }
        JsonNode event;
        try {
            event = json.readTree(payload);
        } catch (JsonProcessingException e) {
            return RestResponse.status(RestResponse.Status.BAD_REQUEST,
                    new ErrorResponse("the payload is not JSON: " + e.getOriginalMessage()));
        }
        if (event == null || !event.isObject()) {
            return RestResponse.status(RestResponse.Status.BAD_REQUEST, new ErrorResponse("the payload is not a JSON object"));
        }
        return RestResponse.ok(handler.handle(event));
    }
}
