package io.plexrecommend.ui.page;

import jakarta.ws.rs.NotFoundException;
import java.util.Arrays;

/** The media tabs of the page; the wire name is what recommender-service expects in {@code type=}. */
public enum MediaTab {
    MOVIE("movie"),
    SHOW("show");

    private final String wireName;

    MediaTab(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Unknown tab names are a missing page, not a bad request. */
    public static MediaTab fromPath(String value) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(value))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No tab " + value));
    }
}
