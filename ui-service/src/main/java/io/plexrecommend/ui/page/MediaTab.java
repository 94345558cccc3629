package io.plexrecommend.ui.page;

import jakarta.ws.rs.NotFoundException;
import java.util.Arrays;

/** The media tabs of the page; the wire name is what recommender-service expects in {@code type=}. */
public enum MediaTab {
    MOVIE("movie", "Movies"),
    SHOW("show", "TV Shows");

    private final String wireName;
    private final String label;

    MediaTab(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    public String label() {
        return label;
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
