package io.plexrecommend.recommender.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plexrecommend.events.RelatedTitles;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** An item's crowd lists as JSON text, in the shape of the event's {@code related} field. */
@Converter
public class RelatedTitlesConverter implements AttributeConverter<List<RelatedTitles>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<RelatedTitles>> LIST = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<RelatedTitles> lists) {
        try {
            return JSON.writeValueAsString(lists == null ? List.of() : lists);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write crowd lists", e);
        }
    }

    @Override
    public List<RelatedTitles> convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(json, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored crowd lists are not valid JSON: " + json, e);
        }
    }
}
