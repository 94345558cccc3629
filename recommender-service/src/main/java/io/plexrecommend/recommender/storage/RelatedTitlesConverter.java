package io.plexrecommend.recommender.storage;

import com.fasterxml.jackson.core.type.TypeReference;
import io.plexrecommend.events.RelatedTitles;
import jakarta.persistence.Converter;

/** An item's crowd lists as JSON text, in the shape of the event's {@code related} field. */
@Converter
public class RelatedTitlesConverter extends JsonColumnConverter<RelatedTitles> {

    public RelatedTitlesConverter() {
        super(new TypeReference<>() {
        }, "crowd lists");
    }
}
