package io.plexrecommend.scanner.plex;

import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.events.ExternalIds;
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
}
