package io.plexrecommend.scanner.plex;

import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.events.ExternalIds;
import io.plexrecommend.events.MediaType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlexGuidsTest {

    @Test
    void readsModernGuids() {
        assertThat(PlexGuids.parse(List.of("imdb://tt0133093", "tmdb://603", "tvdb://169"), "plex://movie/5d77"))
                .isEqualTo(new ExternalIds(603L, 169L, "tt0133093"));
    }

    @Test
    void readsEachLegacyAgentGuid() {
        assertThat(PlexGuids.parse(List.of(), "com.plexapp.agents.imdb://tt0133093?lang=en"))
                .isEqualTo(new ExternalIds(null, null, "tt0133093"));
        assertThat(PlexGuids.parse(List.of(), "com.plexapp.agents.themoviedb://603?lang=en"))
                .isEqualTo(ExternalIds.tmdb(603));
        assertThat(PlexGuids.parse(List.of(), "com.plexapp.agents.thetvdb://81189/1/2?lang=en"))
                .isEqualTo(new ExternalIds(null, 81189L, null));
    }

    @Test
    void modernGuidsWinOverTheLegacyGuidAndGarbageIsIgnored() {
        assertThat(PlexGuids.parse(List.of("tmdb://603", "tmdb://not-a-number", "imdb://nm0000206"),
                "com.plexapp.agents.themoviedb://999?lang=en"))
                .isEqualTo(ExternalIds.tmdb(603));
        assertThat(PlexGuids.parse(List.of(), "local://42")).isEqualTo(ExternalIds.NONE);
    }

    @Test
    void hamaShowsMatchedByTheTvdbKeepTheirSeriesId() {
        assertThat(PlexGuids.parse(List.of(), "com.plexapp.agents.hama://tvdb-305074?lang=en"))
                .isEqualTo(new ExternalIds(null, 305074L, null));
        assertThat(PlexGuids.parse(List.of(), "com.plexapp.agents.hama://tvdb3-81189/1/2?lang=en"))
                .isEqualTo(new ExternalIds(null, 81189L, null));
        assertThat(PlexGuids.parse(List.of(), "com.plexapp.agents.hama://anidb-17494/1/7?lang=en"))
                .isEqualTo(ExternalIds.NONE);
    }

    @Test
    void itemsOfUnknownAgentsGetStableDistinctIdsFromTheirWholeGuid() {
        assertThat(id(MediaType.SHOW, "com.plexapp.agents.hama://anidb-1/1/5?lang=en")).isEqualTo("show:plex:hama.anidb-1.1.5");
        assertThat(id(MediaType.SHOW, "com.plexapp.agents.hama://anidb-2/1/5?lang=en")).isEqualTo("show:plex:hama.anidb-2.1.5");
        assertThat(id(MediaType.MOVIE, "local://8369")).isEqualTo("movie:plex:local.8369");
        assertThat(id(MediaType.MOVIE, "com.plexapp.agents.none://8371?lang=xn")).isEqualTo("movie:plex:none.8371");
        assertThat(id(MediaType.MOVIE, "plex://movie/5d7768313c3c2a001fbcd1f0")).isEqualTo("movie:plex:5d7768313c3c2a001fbcd1f0");
        assertThat(id(MediaType.MOVIE, "com.plexapp.agents.none://" + "x".repeat(300)))
                .startsWith("movie:plex:sha256-").isEqualTo(id(MediaType.MOVIE, "com.plexapp.agents.none://" + "x".repeat(300)));
        assertThat(PlexGuids.mediaId(MediaType.MOVIE, new ExternalIds(6978L, 1876L, "tt0090728"), "plex://movie/5d77"))
                .hasToString("movie:tmdb:6978");
    }

    private static String id(MediaType type, String guid) {
        return PlexGuids.mediaId(type, ExternalIds.NONE, guid).toString();
    }
}
