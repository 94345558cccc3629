package io.plexrecommend.scanner.plex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Plex's JSON envelope. Items stay raw JSON here so that one malformed item fails alone instead of its whole page.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PlexResponse(@JsonProperty("MediaContainer") Container container) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Container(
            @JsonProperty("size") Integer size,
            @JsonProperty("totalSize") Integer totalSize,
            @JsonProperty("offset") Integer offset,
            @JsonProperty("friendlyName") String friendlyName,
            @JsonProperty("version") String version,
            @JsonProperty("machineIdentifier") String machineIdentifier,
            @JsonProperty("librarySectionID") String librarySectionId,
            @JsonProperty("Directory") List<Directory> directories,
            @JsonProperty("Metadata") List<JsonNode> metadata) {

        List<Directory> directoriesOrEmpty() {
            return directories == null ? List.of() : directories;
        }

        List<JsonNode> metadataOrEmpty() {
            return metadata == null ? List.of() : metadata;
        }
    }

    /** A library section: {@code key} is its id, {@code type} one of movie, show, artist, photo. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Directory(@JsonProperty("key") String key, @JsonProperty("title") String title,
            @JsonProperty("type") String type) {
    }
}
