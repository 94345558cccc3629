package io.plexrecommend.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything known about one title: the payload of {@link MediaDiscoveredEvent}. Lists are never null; scalars are
 * null when unknown.
 *
 * @param mediaId canonical id, see {@link MediaId}
 * @param source where the record came from: {@code plex}, {@code catalog} or {@code demo}
 * @param runtimeMinutes running time (for shows: typical episode length)
 * @param directors directors of a movie
 * @param creators creators of a show
 * @param collection the collection (franchise) a movie belongs to
 * @param originalLanguage ISO 639-1 code
 * @param countries ISO 3166-1 codes or names of production countries
 * @param status TMDB status, e.g. {@code Released}, {@code Returning Series}, {@code Ended}
 * @param popularity TMDB popularity (unbounded, heavy-tailed)
 * @param voteAverage TMDB vote average, 0-10
 * @param related crowd lists from public sources ({@link RelatedTitles}); empty when none is known
 */
public record MediaItem(
        String mediaId,
        MediaType type,
        String source,
        ExternalIds externalIds,
        PlexRef plex,
        String title,
        String originalTitle,
        Integer year,
        String overview,
        String tagline,
        Integer runtimeMinutes,
        List<String> genres,
        List<String> keywords,
        List<String> cast,
        List<String> directors,
        List<String> creators,
        List<String> studios,
        String collection,
        String originalLanguage,
        List<String> countries,
        LocalDate releaseDate,
        String contentRating,
        String status,
        Double popularity,
        Double voteAverage,
        Integer voteCount,
        ImageRef poster,
        List<RelatedTitles> related) {

    public MediaItem {
        MediaId.parse(mediaId);
        Objects.requireNonNull(type, "type");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is missing");
        }
        externalIds = externalIds == null ? ExternalIds.NONE : externalIds;
        genres = copy(genres);
        keywords = copy(keywords);
        cast = copy(cast);
        directors = copy(directors);
        creators = copy(creators);
        studios = copy(studios);
        countries = copy(countries);
        related = related == null ? List.of() : related.stream().filter(Objects::nonNull).toList();
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().mediaId(mediaId).type(type).source(source).externalIds(externalIds).plex(plex)
                .title(title).originalTitle(originalTitle).year(year).overview(overview).tagline(tagline)
                .runtimeMinutes(runtimeMinutes).genres(genres).keywords(keywords).cast(cast).directors(directors)
                .creators(creators).studios(studios).collection(collection).originalLanguage(originalLanguage)
                .countries(countries).releaseDate(releaseDate).contentRating(contentRating).status(status)
                .popularity(popularity).voteAverage(voteAverage).voteCount(voteCount).poster(poster)
                .related(related);
    }

    /** Builds an item; {@link #build()} derives the media id from the external ids when none was set. */
    public static final class Builder {
        private String mediaId;
        private MediaType type;
        private String source;
        private ExternalIds externalIds = ExternalIds.NONE;
        private PlexRef plex;
        private String title;
        private String originalTitle;
        private Integer year;
        private String overview;
        private String tagline;
        private Integer runtimeMinutes;
        private List<String> genres;
        private List<String> keywords;
        private List<String> cast;
        private List<String> directors;
        private List<String> creators;
        private List<String> studios;
        private String collection;
        private String originalLanguage;
        private List<String> countries;
        private LocalDate releaseDate;
        private String contentRating;
        private String status;
        private Double popularity;
        private Double voteAverage;
        private Integer voteCount;
        private ImageRef poster;
        private List<RelatedTitles> related;

        public Builder mediaId(String v) { mediaId = v; return this; }
        public Builder type(MediaType v) { type = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder externalIds(ExternalIds v) { externalIds = v; return this; }
        public Builder plex(PlexRef v) { plex = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder originalTitle(String v) { originalTitle = v; return this; }
        public Builder year(Integer v) { year = v; return this; }
        public Builder overview(String v) { overview = v; return this; }
        public Builder tagline(String v) { tagline = v; return this; }
        public Builder runtimeMinutes(Integer v) { runtimeMinutes = v; return this; }
        public Builder genres(List<String> v) { genres = v; return this; }
        public Builder keywords(List<String> v) { keywords = v; return this; }
        public Builder cast(List<String> v) { cast = v; return this; }
        public Builder directors(List<String> v) { directors = v; return this; }
        public Builder creators(List<String> v) { creators = v; return this; }
        public Builder studios(List<String> v) { studios = v; return this; }
        public Builder collection(String v) { collection = v; return this; }
        public Builder originalLanguage(String v) { originalLanguage = v; return this; }
        public Builder countries(List<String> v) { countries = v; return this; }
        public Builder releaseDate(LocalDate v) { releaseDate = v; return this; }
        public Builder contentRating(String v) { contentRating = v; return this; }
        public Builder status(String v) { status = v; return this; }
        public Builder popularity(Double v) { popularity = v; return this; }
        public Builder voteAverage(Double v) { voteAverage = v; return this; }
        public Builder voteCount(Integer v) { voteCount = v; return this; }
        public Builder poster(ImageRef v) { poster = v; return this; }
        public Builder related(List<RelatedTitles> v) { related = v; return this; }

        public MediaItem build() {
            String id = mediaId != null ? mediaId
                    : MediaId.of(type, externalIds, plex == null ? null : plex.guid()).toString();
            return new MediaItem(id, type, source, externalIds, plex, title, originalTitle, year, overview, tagline,
                    runtimeMinutes, genres, keywords, cast, directors, creators, studios, collection,
                    originalLanguage, countries, releaseDate, contentRating, status, popularity, voteAverage,
                    voteCount, poster, related);
        }
    }
}
