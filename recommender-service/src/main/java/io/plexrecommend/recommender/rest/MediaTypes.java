package io.plexrecommend.recommender.rest;

import io.plexrecommend.events.MediaType;
import io.plexrecommend.recommender.validation.InvalidRequestException;
import io.plexrecommend.rest.Echo;

/** Reads the {@code type} query parameter. */
final class MediaTypes {

    static MediaType parseOptional(String type) {
        return type == null || type.isBlank() ? null : parse(type);
    }

    static MediaType parse(String type) {
        try {
            return MediaType.fromWire(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(Echo.within(e.getMessage(), type));
        }
    }

    private MediaTypes() {
    }
}
