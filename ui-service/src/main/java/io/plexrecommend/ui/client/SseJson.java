package io.plexrecommend.ui.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Reads the JSON {@code data:} of one server-sent event. The streams are consumed as text because their events
 * carry no content type of their own, which the REST client's per-event JSON mapping needs.
 */
final class SseJson {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private SseJson() {
    }

    static <T> T read(String data, Class<T> type) {
        try {
            return JSON.readValue(data, type);
        } catch (IOException e) {
            throw new UpstreamException("stream", UpstreamException.Kind.FAILED, "An update could not be read: " + e.getMessage(), e);
        }
    }
}
