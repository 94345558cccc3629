package io.plexrecommend.scanner.plex;

import io.plexrecommend.events.Texts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plexrecommend.events.ExternalIds;
import io.plexrecommend.events.ImageRef;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.events.PlexRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Maps one Plex {@code Metadata[]} entry to a {@link MediaItem}: source {@code plex} with the Plex reference, or, for
 * the bundled demo library (served by the same fake-Plex code the tests use), source {@code demo} without one.
 */
@ApplicationScoped
public class PlexItemMapper {

    static final String SOURCE = "plex";
    static final String DEMO_SOURCE = "demo";
    /**
     * Cast members kept per item, in Plex's billing order: full metadata lists every credited role (the recorded
     * samples have 26 to 79), and the enrichment keeps the same number from TMDB and TheTVDB.
     */
    public static final int CAST_LIMIT = 15;

    private final ObjectMapper mapper;

    public PlexItemMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @throws IllegalArgumentException with a reason when the entry cannot become an item */
    public MediaItem toItem(JsonNode raw, PlexLibrary library) {
        return toItem(raw, library, false);
    }

    /** @throws IllegalArgumentException with a reason when the entry cannot become an item */
    public MediaItem toItem(JsonNode raw, PlexLibrary library, boolean demo) {
        PlexMetadata m;
        try {
            m = mapper.treeToValue(raw, PlexMetadata.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable Plex item: " + e.getOriginalMessage());
        }
        MediaType type = library.mediaType();
        ExternalIds ids = PlexGuids.parse(m.guidIds(), m.guid());
        PlexRef plex = new PlexRef(m.ratingKey(), m.guid(),
                m.librarySectionId() != null ? m.librarySectionId() : library.id(), library.title(),
                m.userRating(), m.viewCount(),
                m.lastViewedAt() == null ? null : Instant.ofEpochSecond(m.lastViewedAt()));
        return MediaItem.builder()
                .type(type)
                .source(demo ? DEMO_SOURCE : SOURCE)
                .externalIds(ids)
                .plex(demo ? null : plex)
                .mediaId(PlexGuids.mediaId(type, ids, m.guid()).toString())
                .title(Texts.clean(m.title()))
                .originalTitle(Texts.clean(m.originalTitle()))
                .year(m.year())
                .overview(Texts.clean(m.summary()))
                .tagline(Texts.clean(m.tagline()))
                .runtimeMinutes(m.durationMillis() == null ? null : Math.toIntExact(Math.round(m.durationMillis() / 60_000.0)))
                .genres(PlexMetadata.tags(m.genres()))
                // Plex lists episode directors on shows; a show's creators are not in the listing.
                .directors(type == MediaType.MOVIE ? PlexMetadata.tags(m.directors()) : List.of())
                .cast(PlexMetadata.tags(m.roles()).stream().limit(CAST_LIMIT).toList())
                .countries(PlexMetadata.tags(m.countries()))
                .studios(m.studio() == null || m.studio().isBlank() ? List.of() : List.of(m.studio()))
                .contentRating(m.contentRating())
                .releaseDate(date(m.originallyAvailableAt()))
                .voteAverage(m.rating() != null ? m.rating() : m.audienceRating())
                .poster(demo || m.thumb() == null || m.thumb().isBlank() ? null : new ImageRef(SOURCE, m.thumb()))
                .build();
    }

    /** A date Plex got wrong is treated as unknown: it is no reason to lose the item. */
    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip().length() > 10 ? text.strip().substring(0, 10) : text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
