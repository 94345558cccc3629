package io.plexrecommend.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Recommendations inside Plex, end to end in a real headless Chromium against the five packaged services and a fake
 * Plex that implements PMS's playlist endpoints: the owner turns the playlist on in Configuration, the playlist
 * "Recommended for default" appears with the unwatched, unrated titles (The Matrix is watched), the owner rates Heat
 * and the playlist loses it, the owner turns it off and the playlist is gone. Nothing here calls the scanner or the
 * recommender directly: the path is UI → scanner settings, UI → recommender rating → ratings → recommendation-lists →
 * scanner → Plex.
 */
@ExtendWith(HostileSystem.Shared.class)
class PlexPlaylistIT {

    static final String TITLE = "Recommended for default";
    static final String HEAT = "102";
    static final String BREAKING_BAD = "201";
    static final Duration LIST = Duration.ofSeconds(90);

    @Test
    void theOwnerTurnsThePlaylistOnRatesATitleAndThePlaylistInPlexChanges(HostileSystem system) {
        assertThat(system.scanPlex().json().path("state").asText()).isEqualTo("completed");
        String ui = system.url("ui-service");
        try (Browser browser = Browser.start(1280, 900)) {
            browser.driver.get(ui + "/?profile=default#configuration");
            browser.driver.findElement(By.id("tab-button-config")).click();
            WebElement enabled = browser.waitFor(Duration.ofSeconds(20),
                    d -> d.findElement(By.cssSelector("input[name='playlistsEnabled']")));
            assertThat(enabled.isSelected()).isFalse();
            enabled.click();
            browser.driver.findElement(By.cssSelector("button.save-playlists")).click();
            browser.waitFor(Duration.ofSeconds(20), d -> d.findElement(By.cssSelector("#settings .notice-ok"))
                    .getText().contains("Plex playlists are being written"));
            browser.screenshot("playlist-01-switched-on");

            // Unwatched and unrated: Heat and Breaking Bad, not The Matrix. (A list published while the scan was still
            // arriving may hold fewer; the next one, at most 20 s later here, holds both.)
            FakePlexPlaylists.Playlist before = await("the playlist with Heat and Breaking Bad").atMost(LIST)
                    .pollInterval(Duration.ofMillis(300)).until(() -> ours(system),
                            p -> p.isPresent() && p.get().items().size() == 2).orElseThrow();
            assertThat(before.items()).containsExactlyInAnyOrder(HEAT, BREAKING_BAD);

            browser.driver.findElement(By.id("tab-button-movie")).click();
            // The only movie left to recommend: The Matrix is watched, and the library holds nothing else.
            WebElement heat = browser.waitFor(Duration.ofSeconds(30), d -> d.findElement(By.cssSelector(
                    "#tab-movie .recommendation[data-media-id]")));
            assertThat(heat.getText()).contains("Heat");
            heat.findElement(By.cssSelector("button.rate[value='8']")).click();
            browser.screenshot("playlist-02-heat-rated");

            FakePlexPlaylists.Playlist after = await("the playlist without Heat").atMost(LIST).pollInterval(Duration.ofMillis(300))
                    // The writer empties the playlist, then fills it: an empty playlist is the moment between the two.
                    .until(() -> ours(system), p -> p.isPresent() && !p.get().items().isEmpty()
                            && !p.get().items().contains(HEAT)).orElseThrow();
            assertThat(after.ratingKey()).as("the same playlist, its content replaced").isEqualTo(before.ratingKey());
            assertThat(after.items()).containsExactly(BREAKING_BAD);

            browser.driver.findElement(By.id("tab-button-config")).click();
            WebElement again = browser.waitFor(Duration.ofSeconds(20),
                    d -> d.findElement(By.cssSelector("input[name='playlistsEnabled']")));
            assertThat(again.isSelected()).isTrue();
            again.click();
            browser.driver.findElement(By.cssSelector("button.save-playlists")).click();
            await("the app's playlist deleted").atMost(Duration.ofSeconds(30)).until(() -> ours(system).isEmpty());
            browser.screenshot("playlist-03-switched-off");
        }
    }

    private static Optional<FakePlexPlaylists.Playlist> ours(HostileSystem system) {
        List<FakePlexPlaylists.Playlist> all = system.plex.playlists();
        return all.stream().filter(p -> p.owner().equals(FakeUpstream.PLEX_TOKEN) && p.title().equals(TITLE)).findFirst();
    }
}
