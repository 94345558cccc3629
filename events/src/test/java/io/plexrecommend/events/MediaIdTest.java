package io.plexrecommend.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MediaIdTest {

    @Test
    void moviesAreKeyedByTmdbAndShowsByTvdb() {
        var ids = new ExternalIds(603L, 81189L, "tt0133093");
        assertThat(MediaId.of(MediaType.MOVIE, ids, "plex://movie/abc")).hasToString("movie:tmdb:603");
        assertThat(MediaId.of(MediaType.SHOW, ids, "plex://show/abc")).hasToString("show:tvdb:81189");
    }

    @Test
    void fallsBackThroughTheOtherIdsToThePlexGuid() {
        assertThat(MediaId.of(MediaType.SHOW, new ExternalIds(1399L, null, null), null)).hasToString("show:tmdb:1399");
        assertThat(MediaId.of(MediaType.MOVIE, new ExternalIds(null, null, "tt0133093"), null))
                .hasToString("movie:imdb:tt0133093");
        assertThat(MediaId.of(MediaType.MOVIE, new ExternalIds(null, 42L, null), null)).hasToString("movie:tvdb:42");
        assertThat(MediaId.of(MediaType.MOVIE, ExternalIds.NONE, "plex://movie/5d7768ba96b655001fdc0408"))
                .hasToString("movie:plex:5d7768ba96b655001fdc0408");
    }

    @Test
    void theSameTitleFromTwoSourcesIsOneItem() {
        MediaId fromCatalog = MediaId.of(MediaType.MOVIE, ExternalIds.tmdb(603), null);
        MediaId fromPlex = MediaId.of(MediaType.MOVIE, new ExternalIds(603L, null, "tt0133093"), "plex://movie/x");
        assertThat(fromPlex).isEqualTo(fromCatalog);
    }

    @Test
    void parsesItsOwnFormAndRejectsOthers() {
        assertThat(MediaId.parse("show:tvdb:81189")).isEqualTo(new MediaId(MediaType.SHOW, MediaId.Source.TVDB, "81189"));
        assertThatThrownBy(() -> MediaId.parse("tmdb:603")).hasMessageContaining("not a media id");
        assertThatThrownBy(() -> MediaId.parse("movie:tmdb:6 03")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MediaId.of(MediaType.MOVIE, ExternalIds.NONE, null))
                .hasMessageContaining("needs a TMDB");
    }
}
