package io.plexrecommend.recommender.catalog;

import io.plexrecommend.events.MediaId;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.recommender.storage.EpochMillisConverter;
import io.plexrecommend.events.RelatedTitles;
import io.plexrecommend.recommender.storage.JsonStringListConverter;
import io.plexrecommend.recommender.storage.RelatedTitlesConverter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** What the recommender knows of a title: the metadata it scores and shows. */
@Entity
@Table(name = "media_items")
public class MediaItemEntity extends PanacheEntityBase {

    @Id
    @Column(name = "media_id")
    public String mediaId;

    /** {@code movie} or {@code show}, as on the wire. */
    @Column(name = "type", nullable = false)
    public String type;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "year")
    public Integer year;

    @Column(name = "runtime_minutes")
    public Integer runtimeMinutes;

    @Column(name = "genres", nullable = false)
    @Convert(converter = JsonStringListConverter.class)
    public List<String> genres = List.of();

    @Column(name = "overview")
    public String overview;

    @Column(name = "tagline")
    public String tagline;

    @Column(name = "content_rating")
    public String contentRating;

    @Column(name = "popularity")
    public Double popularity;

    @Column(name = "vote_average")
    public Double voteAverage;

    @Column(name = "vote_count")
    public Integer voteCount;

    @Column(name = "poster_source")
    public String posterSource;

    @Column(name = "poster_path")
    public String posterPath;

    @Column(name = "keywords", nullable = false)
    @Convert(converter = JsonStringListConverter.class)
    public List<String> keywords = List.of();

    @Column(name = "cast_members", nullable = false)
    @Convert(converter = JsonStringListConverter.class)
    public List<String> cast = List.of();

    @Column(name = "directors", nullable = false)
    @Convert(converter = JsonStringListConverter.class)
    public List<String> directors = List.of();

    @Column(name = "collection")
    public String collection;

    @Column(name = "original_language")
    public String originalLanguage;

    /** The title's TMDB id (of its type): how crowd lists name it. */
    @Column(name = "tmdb_id")
    public Long tmdbId;

    /** Crowd lists from public sources (media-items' {@code related}). */
    @Column(name = "related", nullable = false)
    @Convert(converter = RelatedTitlesConverter.class)
    public List<RelatedTitles> related = List.of();

    /** The title is in a Plex library (it came with a Plex reference), not only in an imported catalog. */
    @Column(name = "in_library", nullable = false)
    public boolean inLibrary;

    @Column(name = "removed", nullable = false)
    public boolean removed;

    /** When the event behind the current state occurred; older events are ignored. */
    @Column(name = "updated_at", nullable = false)
    @Convert(converter = EpochMillisConverter.class)
    public Instant updatedAt;

    public static MediaItemEntity findKnown(String mediaId) {
        MediaItemEntity item = findById(mediaId);
        return item == null || item.removed ? null : item;
    }

    public static List<MediaItemEntity> listKnown(MediaType type) {
        return type == null ? list("removed = false")
                : list("removed = false and type = ?1", type.wireName());
    }

    /** The TMDB id from the external ids, or from a {@code movie:tmdb:603} media id when those lack it. */
    private static Long tmdbIdOf(MediaItem item) {
        if (item.externalIds().tmdb() != null) {
            return item.externalIds().tmdb();
        }
        MediaId id = MediaId.parse(item.mediaId());
        if (id.source() == MediaId.Source.TMDB) {
            try {
                return Long.parseLong(id.value());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    void copyFrom(MediaItem item) {
        type = item.type().wireName();
        title = Bounded.text(item.title(), Bounded.MAX_NAME_CHARS);
        year = item.year();
        runtimeMinutes = item.runtimeMinutes();
        genres = Bounded.list(item.genres());
        overview = Bounded.text(item.overview(), Bounded.MAX_TEXT_CHARS);
        tagline = Bounded.text(item.tagline(), Bounded.MAX_TEXT_CHARS);
        contentRating = item.contentRating();
        popularity = item.popularity();
        voteAverage = item.voteAverage();
        voteCount = item.voteCount();
        keywords = Bounded.list(item.keywords());
        // Shows have creators where movies have directors; both say who made it.
        directors = Bounded.list(item.directors().isEmpty() ? item.creators() : item.directors());
        cast = Bounded.list(item.cast());
        collection = item.collection();
        originalLanguage = item.originalLanguage();
        inLibrary = item.plex() != null;
        tmdbId = tmdbIdOf(item);
        related = item.related();
        posterSource = item.poster() == null ? null : item.poster().source();
        posterPath = item.poster() == null ? null : item.poster().path();
    }
}
