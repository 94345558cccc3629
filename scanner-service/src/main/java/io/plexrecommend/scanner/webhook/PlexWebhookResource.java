package io.plexrecommend.scanner.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plexrecommend.scanner.rest.ErrorResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Plex's webhook: a {@code multipart/form-data} POST whose {@code payload} part is the event JSON (a {@code thumb}
 * part, when present, is not read). Answers at once with what it did; Plex does not retry, so even ignored events
 * get a 200.
 */
@Path("/webhooks/plex")
public class PlexWebhookResource {

    private final PlexWebhookHandler handler;
    private final ObjectMapper json;

    public PlexWebhookResource(PlexWebhookHandler handler, ObjectMapper json) {
        this.handler = handler;
        this.json = json;
    }

    @POST
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<?> receive(@RestForm("payload") String payload) {
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
