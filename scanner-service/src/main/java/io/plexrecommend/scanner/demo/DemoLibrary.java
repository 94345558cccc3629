package io.plexrecommend.scanner.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.scanner.enrich.ItemEnrichment;
import io.plexrecommend.scanner.plex.PlexConnection;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bundled demo library ({@code demo/demo-library.json}): served as two Plex sections by a {@link FakePlexServer}
 * on a loopback port with a random token, started on first use, and scanned like any Plex server. Plex has no
 * keywords or show creators, so its enrichment adds them from the same bundled records, as TMDB would for a real
 * library. Demo items have no artwork and carry no Plex reference.
 */
@ApplicationScoped
public class DemoLibrary {

    static final String RESOURCE = "/demo/demo-library.json";
    /** Fixed, so that loading the demo again finds every title unchanged. */
    static final long UPDATED_AT = 1_767_225_600L;

    private final ObjectMapper json;
    private volatile List<DemoTitle> titles;
    private volatile FakePlexServer server;

    public DemoLibrary(ObjectMapper json) {
        this.json = json;
    }

    public List<String> libraryIds() {
        return List.of("1", "2");
    }

    public synchronized PlexConnection connection() {
        if (server == null) {
            byte[] token = new byte[16];
            new SecureRandom().nextBytes(token);
            List<DemoTitle> all = titles();
            server = FakePlexServer.start("Plex Recommend demo", HexFormat.of().formatHex(token), List.of(
                    new FakePlexServer.Section("1", "Demo Movies", "movie", entries(all, "movie")),
                    new FakePlexServer.Section("2", "Demo Shows", "show", entries(all, "show"))));
        }
        return new PlexConnection(server.url(), server.token());
    }

    /** Adds the bundled keywords (and a show's creators) to a scanned demo item. */
    public ItemEnrichment enrichment() {
        Map<String, DemoTitle> byGuid = titles().stream()
                .collect(Collectors.toMap(t -> t.type() + ":" + t.tmdb(), Function.identity(), (a, b) -> a));
        return item -> {
            Long tmdb = item.externalIds().tmdb();
            DemoTitle title = tmdb == null ? null : byGuid.get(item.type().wireName() + ":" + tmdb);
            if (title == null) {
                return item;
            }
            MediaItem.Builder builder = item.toBuilder().keywords(title.keywords());
            if (item.type() == MediaType.SHOW) {
                builder.creators(title.creators() == null ? List.of() : title.creators());
            }
            return builder.build();
        };
    }

    public List<DemoTitle> titles() {
        if (titles == null) {
            try (InputStream in = DemoLibrary.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the demo library " + RESOURCE + " is missing from the build");
                }
                titles = json.readValue(in, new TypeReference<List<DemoTitle>>() { });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the demo library", e);
            }
        }
        return titles;
    }

    /** The titles of one type as Plex {@code Metadata[]} entries. */
    private List<ObjectNode> entries(List<DemoTitle> all, String type) {
        return all.stream().filter(t -> t.type().equals(type)).map(this::entry).toList();
    }

    private ObjectNode entry(DemoTitle t) {
        ObjectNode m = json.createObjectNode();
        m.put("ratingKey", t.type().charAt(0) + Long.toString(t.tmdb()));
        m.put("guid", "plex://" + t.type() + "/demo-" + t.tmdb());
        m.put("type", t.type());
        m.put("title", t.title());
        m.put("year", t.year());
        m.put("summary", t.logline());
        m.put("updatedAt", UPDATED_AT);
        if (t.runtime() != null) {
            m.put("duration", t.runtime() * 60_000L);
        }
        if (t.contentRating() != null) {
            m.put("contentRating", t.contentRating());
        }
        ArrayNode guids = m.putArray("Guid");
        guids.addObject().put("id", "tmdb://" + t.tmdb());
        if (t.tvdb() != null) {
            guids.addObject().put("id", "tvdb://" + t.tvdb());
        }
        if (t.imdb() != null) {
            guids.addObject().put("id", "imdb://" + t.imdb());
        }
        tags(m, "Genre", t.genres());
        tags(m, "Director", t.directors());
        tags(m, "Role", t.cast());
        return m;
    }

    private static void tags(ObjectNode m, String field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            ArrayNode array = m.putArray(field);
            values.forEach(v -> array.addObject().put("tag", v));
        }
    }

    synchronized void stop(@Observes ShutdownEvent event) {
        if (server != null) {
            server.close();
        }
    }
}
