package io.plexrecommend.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plexrecommend.graph.TestItems;
import io.plexrecommend.graph.mapping.MediaGraphMapper;
import io.plexrecommend.events.MediaItem;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real TDB2 directory on disk, not Jena's in-memory dataset. */
class GraphStoreTest {

    private static final String GENRE = "<https://schema.org/genre>";
    private static final String DIRECTOR = "<https://schema.org/director>";

    @TempDir
    Path dir;

    private final MediaGraphMapper mapper = TestItems.mapper(15, 30);
    private GraphStore store;

    @BeforeEach
    void open() {
        store = GraphStore.open(dir.resolve("tdb2"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void put(MediaItem item) {
        store.replace(item.mediaId(), mapper.toModel(item));
    }

    private String triples(String mediaId) {
        return store.find(mediaId).orElseThrow().nTriples();
    }

    @Test
    void writesToDiskAsTdb2() throws Exception {
        put(TestItems.movie("movie:tmdb:603").build());

        try (var files = Files.list(dir.resolve("tdb2"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("Data-"));
        }
    }

    @Test
    void writingAnItemTwiceReplacesItsTriples() {
        MediaItem matrix = TestItems.movie("movie:tmdb:603").build();
        put(matrix);
        ItemGraph first = store.find("movie:tmdb:603").orElseThrow();

        boolean changed = store.replace(matrix.mediaId(), mapper.toModel(matrix));

        assertThat(changed).isFalse();
        assertThat(store.find("movie:tmdb:603")).contains(first);
        GraphStatus status = store.status();
        assertThat(status.items()).isEqualTo(1);
        assertThat(status.triples()).isEqualTo(first.tripleCount());
        assertThat(store.writesSinceCompaction()).as("the unchanged rewrite is not counted").isEqualTo(1);
    }

    @Test
    void changedGenresReplaceTheOldGenreEdges() {
        put(TestItems.movie("movie:tmdb:603").build());

        boolean changed = store.replace("movie:tmdb:603",
                mapper.toModel(TestItems.movie("movie:tmdb:603").genres(List.of("Thriller")).build()));

        assertThat(changed).isTrue();
        String text = triples("movie:tmdb:603");
        assertThat(text).contains(GENRE + " <https://plex-recommend.io/genre/thriller> .")
                .doesNotContain("genre/action").doesNotContain("genre/science-fiction");
    }

    @Test
    void removingAnItemRemovesItsGraph() {
        put(TestItems.movie("movie:tmdb:603").build());
        put(TestItems.show("show:tvdb:70533").build());

        assertThat(store.remove("movie:tmdb:603")).isTrue();

        assertThat(store.find("movie:tmdb:603")).isEmpty();
        assertThat(store.find("show:tvdb:70533")).isPresent();
        assertThat(store.status().items()).isEqualTo(1);
        assertThat(store.remove("movie:tmdb:603")).isFalse();
    }

    @Test
    void itemsWithTheSameDirectorShareOnePersonNode() {
        put(TestItems.movie("movie:tmdb:603").directors(List.of("Lana Wachowski")).build());
        put(TestItems.movie("movie:tmdb:604").title("The Matrix Reloaded").directors(List.of("LANA  Wachowski"))
                .build());

        String person = "<https://plex-recommend.io/person/lana-wachowski>";
        assertThat(triples("movie:tmdb:603")).contains(
                "<https://plex-recommend.io/media/movie:tmdb:603> " + DIRECTOR + " " + person + " .");
        assertThat(triples("movie:tmdb:604")).contains(
                "<https://plex-recommend.io/media/movie:tmdb:604> " + DIRECTOR + " " + person + " .");
    }

    @Test
    void dataSurvivesClosingAndReopening() {
        put(TestItems.movie("movie:tmdb:603").build());
        ItemGraph before = store.find("movie:tmdb:603").orElseThrow();

        store.close();
        store = GraphStore.open(dir.resolve("tdb2"));

        assertThat(store.find("movie:tmdb:603")).contains(before);
    }

    @Test
    void publishedTextIsSortedValidNTriples() {
        put(TestItems.movie("movie:tmdb:603").build());
        ItemGraph graph = store.find("movie:tmdb:603").orElseThrow();

        List<String> lines = graph.nTriples().lines().toList();
        assertThat(lines).isSorted().hasSize(graph.tripleCount());
        assertThat(graph.graphIri()).isEqualTo("https://plex-recommend.io/media/movie:tmdb:603");
        Model parsed = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(graph.nTriples())).lang(Lang.NTRIPLES).parse(parsed);
        assertThat(parsed.size()).isEqualTo(graph.tripleCount());
        assertThat(parsed.isIsomorphicWith(mapper.toModel(TestItems.movie("movie:tmdb:603").build()))).isTrue();
    }

    @Test
    void rejectsWhatIsNotAMediaId() {
        assertThatThrownBy(() -> store.find("movie:tmdb:6 03>")).isInstanceOf(IllegalArgumentException.class);
    }
}
