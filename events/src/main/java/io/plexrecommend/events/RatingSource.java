package io.plexrecommend.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a rating was given. On the wire in lower case. */
public enum RatingSource {
    /** In this project's UI. */
    UI,
    /** A Plex star rating, imported by a scan or a webhook. */
    PLEX,
    /** A file import (IMDb, Letterboxd, Trakt, CSV). */
    IMPORT,
    /** Another program through the REST API or the topic. */
    API;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static RatingSource fromWire(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown rating source '" + value + "' (expected ui, plex, import or api)");
        }
    }
}
