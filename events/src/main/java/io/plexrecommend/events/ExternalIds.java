package io.plexrecommend.events;

/** Ids of the same title in the public databases; any of them may be unknown. */
public record ExternalIds(Long tmdb, Long tvdb, String imdb) {

    public static final ExternalIds NONE = new ExternalIds(null, null, null);

    public ExternalIds {
        if (imdb != null && imdb.isBlank()) {
            imdb = null;
        }
    }

    public static ExternalIds tmdb(long id) {
        return new ExternalIds(id, null, null);
    }

    /** Fills the ids this one lacks from {@code other}; ids this one has win. */
    public ExternalIds orElse(ExternalIds other) {
        return new ExternalIds(tmdb != null ? tmdb : other.tmdb, tvdb != null ? tvdb : other.tvdb,
                imdb != null ? imdb : other.imdb);
    }
}
