package io.plexrecommend.recommender.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import java.util.List;

/** A list as JSON text in one column; subclasses name the element type. Null and blank read as an empty list. */
abstract class JsonColumnConverter<T> implements AttributeConverter<List<T>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TypeReference<List<T>> type;
    private final String what;

    JsonColumnConverter(TypeReference<List<T>> type, String what) {
        this.type = type;
        this.what = what;
    }

    @Override
    public String convertToDatabaseColumn(List<T> values) {
        try {
            return JSON.writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + what, e);
        }
    }

    @Override
    public List<T> convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + what + " is not valid JSON: " + json, e);
        }
    }
}
