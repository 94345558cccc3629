package io.plexrecommend.scanner.plex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plexrecommend.scanner.support.Recorded;
import org.junit.jupiter.api.Test;

/** Plex answers as recorded (JSON and XML) read into the one envelope the scanner uses. */
class PlexBodiesTest {

    private final PlexBodies bodies = new PlexBodies(new ObjectMapper());

    @Test
    void readsTheRecordedXmlSectionListing() {
        PlexResponse.Container sections = bodies.read("GET /library/sections", "text/xml;charset=utf-8",
                Recorded.text("xml/library-sections.xml")).container();

        assertThat(sections.directoriesOrEmpty()).extracting(PlexResponse.Directory::key, PlexResponse.Directory::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "movie"),
                        org.assertj.core.groups.Tuple.tuple("2", "show"), org.assertj.core.groups.Tuple.tuple("3", "artist"));
        assertThat(sections.metadataOrEmpty()).isEmpty();
    }

    @Test
    void readsRecordedXmlItemsWithTheirTagsAsArrays() {
        PlexResponse.Container shows = bodies.read("GET /library/sections/2/all", null,
                Recorded.text("xml/library-tvshows-all.xml")).container();

        JsonNode show = shows.metadataOrEmpty().get(0);
        assertThat(show.path("ratingKey").asText()).isEqualTo("30");
        assertThat(show.path("Genre").isArray()).isTrue();
        assertThat(show.path("Role").get(1).path("tag").asText()).isEqualTo("Another One");
        assertThat(shows.directoriesOrEmpty()).as("a show is an item, not a section").isEmpty();
    }

    @Test
    void readsTheRecordedXmlPlaylistListingAndTheSpecifiedCreateAnswerAsPlaylists() {
        var listed = bodies.read("GET /playlists", "text/xml", Recorded.text("playlists/playlists.xml")).container()
                .metadataOrEmpty();
        assertThat(listed).extracting(p -> p.path("ratingKey").asText(), p -> p.path("type").asText(),
                p -> p.path("smart").asText(), p -> p.path("playlistType").asText())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("500", "playlist", "0", "video"),
                        org.assertj.core.groups.Tuple.tuple("501", "playlist", "0", "video"));

        var created = bodies.read("POST /playlists", "application/json",
                Recorded.text("playlists/create-playlist-spec-example.json")).container().metadataOrEmpty();
        assertThat(created).singleElement().satisfies(p -> {
            assertThat(p.path("ratingKey").asText()).isEqualTo("96");
            assertThat(p.path("key").asText()).isEqualTo("/playlists/96/items");
        });
    }

    @Test
    void readsTheRecordedJsonAndRefusesWhatIsNeitherWithTheRequestNamed() {
        assertThat(bodies.read("GET /library/sections", "application/json", Recorded.text("library/sections.json"))
                .container().directoriesOrEmpty()).hasSize(6);
        assertThatThrownBy(() -> bodies.read("Plex at http://nas answered GET /library/metadata/2", "text/xml",
                "<MediaContainer><Video title="))
                .isInstanceOf(PlexErrorException.class)
                .hasMessageStartingWith("Plex at http://nas answered GET /library/metadata/2 with a body that is not the expected Plex XML");
        assertThatThrownBy(() -> bodies.read("GET /library/sections/1/all", "text/html; charset=utf-8",
                "<!DOCTYPE html><html><body><h1>Welcome to nginx!</h1></body></html>"))
                .as("a proxy's page answered with 200 is no empty library")
                .isInstanceOf(PlexErrorException.class).hasMessageContaining("not <MediaContainer>");
        assertThat(bodies.read("GET /", "text/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<MediaContainer size=\"0\" friendlyName=\"nas\" machineIdentifier=\"abc\" version=\"1.40.2\"/>")
                .container().friendlyName()).isEqualTo("nas");
        assertThatThrownBy(() -> bodies.read("GET /", "text/html", "502 Bad Gateway"))
                .isInstanceOf(PlexErrorException.class).hasMessageContaining("not the expected JSON");
    }
}
