package io.plexrecommend.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON form of every event. Readers ignore properties they do not know (additive changes keep the schema
 * version) and reject versions newer than they support, so a consumer sends such an event to its dead-letter topic
 * instead of misreading it.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public static String encode(PlexRecommendEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + event.getClass().getSimpleName(), e);
        }
    }

    public static byte[] encodeBytes(PlexRecommendEvent event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + event.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads an event of the given type (a concrete record or a topic's interface such as {@link MediaItemEvent}).
     *
     * @throws InvalidEventException with a reason a person can act on
     */
    public static <T extends PlexRecommendEvent> T decode(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException("empty message, expected a " + type.getSimpleName());
        }
        T event;
        try {
            event = MAPPER.readValue(json, type);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new InvalidEventException("invalid " + type.getSimpleName() + ": " + cause.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("unreadable " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("invalid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
        if (event == null) {
            throw new InvalidEventException("null message, expected a " + type.getSimpleName());
        }
        if (event.schemaVersion() > event.supportedSchemaVersion()) {
            throw new InvalidEventException("unsupported schemaVersion " + event.schemaVersion() + " of "
                    + event.getClass().getSimpleName() + " (this build reads up to " + event.supportedSchemaVersion()
                    + ")");
        }
        return event;
    }

    /** The mapper behind the codec, for tests and tools that compare JSON trees. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private EventCodec() {
    }
}
