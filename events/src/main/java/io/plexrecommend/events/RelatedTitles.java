package io.plexrecommend.events;

import java.util.List;
import java.util.Objects;

/**
 * What the crowd outside the household says a title goes with: one list from one public source, best first. A
 * household never holds strangers' ratings, so these lists are the crowd knowledge a self-hosted recommender can
 * legitimately use. The lists name titles the household may not own; they are kept (they still say what the owned
 * titles are like).
 *
 * @param source where the list comes from: {@code tmdb-recommendations} (TMDB's {@code /recommendations}, computed
 *        from its users), {@code tmdb-similar} (TMDB's {@code /similar}, by metadata), {@code plex-similar} (the Plex
 *        server's related titles), {@code trakt-related}; readers skip sources they do not know
 * @param tmdbIds TMDB ids of titles of the same media type as the item (TMDB movie ids for a movie, TMDB TV ids for a
 *        show), best first, without duplicates
 */
public record RelatedTitles(String source, List<Long> tmdbIds) {

    public static final String TMDB_RECOMMENDATIONS = "tmdb-recommendations";
    public static final String TMDB_SIMILAR = "tmdb-similar";
    public static final String PLEX_SIMILAR = "plex-similar";
    public static final String TRAKT_RELATED = "trakt-related";
    /** More is noise: TMDB answers 20 a page, and the recommender reads at most this many per list. */
    public static final int MAX_TITLES = 50;

    public RelatedTitles {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("related titles need a source");
        }
        tmdbIds = tmdbIds == null ? List.of()
                : tmdbIds.stream().filter(Objects::nonNull).filter(id -> id > 0).distinct().limit(MAX_TITLES)
                        .toList();
    }
}
