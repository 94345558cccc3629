package io.plexrecommend.recommender.storage;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;

/** A list of strings as a JSON array in a text column (genres may contain commas). */
@Converter
public class JsonStringListConverter extends JsonColumnConverter<String> {

    public JsonStringListConverter() {
        super(new TypeReference<>() {
        }, "a list of strings");
    }
}
