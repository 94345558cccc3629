package io.plexrecommend.scanner.plex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/** One movie or show as Plex lists it ({@code MediaContainer.Metadata[]}); only the fields the scanner maps. */
@JsonIgnoreProperties(ignoreUnknown = true)
record PlexMetadata(
        @JsonProperty("ratingKey") String ratingKey,
        @JsonProperty("guid") String guid,
        @JsonProperty("librarySectionID") String librarySectionId,
        @JsonProperty("title") String title,
        @JsonProperty("originalTitle") String originalTitle,
        @JsonProperty("year") Integer year,
        @JsonProperty("summary") String summary,
        @JsonProperty("tagline") String tagline,
        @JsonProperty("studio") String studio,
        @JsonProperty("contentRating") String contentRating,
        @JsonProperty("duration") Long durationMillis,
        @JsonProperty("originallyAvailableAt") String originallyAvailableAt,
        @JsonProperty("rating") Double rating,
        @JsonProperty("audienceRating") Double audienceRating,
        @JsonProperty("userRating") Double userRating,
        @JsonProperty("viewCount") Integer viewCount,
        @JsonProperty("lastViewedAt") Long lastViewedAt,
        @JsonProperty("updatedAt") Long updatedAt,
        @JsonProperty("thumb") String thumb,
        @JsonProperty("Guid") List<Guid> guids,
        @JsonProperty("Genre") List<Tag> genres,
        @JsonProperty("Director") List<Tag> directors,
        @JsonProperty("Role") List<Tag> roles,
        @JsonProperty("Country") List<Tag> countries) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Guid(@JsonProperty("id") String id) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Tag(@JsonProperty("tag") String tag) {
    }

    List<String> guidIds() {
        return guids == null ? List.of() : guids.stream().map(Guid::id).filter(Objects::nonNull).toList();
    }

    static List<String> tags(List<Tag> tags) {
        return tags == null ? List.of() : tags.stream().map(Tag::tag).filter(Objects::nonNull).toList();
    }
}
