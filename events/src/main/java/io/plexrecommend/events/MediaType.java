package io.plexrecommend.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of title an item is. On the wire: {@code movie} or {@code show}. */
public enum MediaType {
    MOVIE("movie"), SHOW("show");

    private final String wireName;

    MediaType(String wireName) {
        this.wireName = wireName;
    }

    /** A constant, not a new lower-cased string per call: the recommender compares it for every candidate. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static MediaType fromWire(String value) {
        if (value == null) {
            throw new IllegalArgumentException("media type is missing");
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "movie" -> MOVIE;
            case "show", "tv", "series" -> SHOW;
            default -> throw new IllegalArgumentException("unknown media type '" + value + "' (expected movie or show)");
        };
    }
}
