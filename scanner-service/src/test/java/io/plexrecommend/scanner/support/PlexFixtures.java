package io.plexrecommend.scanner.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plexrecommend.scanner.demo.FakePlexServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Plex {@code Metadata[]} entries for fake servers: the documented samples under {@code src/test/resources/plex/}. */
public final class PlexFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The {@code Metadata[]} of a bundled listing, e.g. {@code section-1-all.json}. */
    public static List<ObjectNode> items(String resource) {
        try (InputStream in = PlexFixtures.class.getResourceAsStream("/plex/" + resource)) {
            JsonNode root = JSON.readTree(in);
            List<ObjectNode> items = new ArrayList<>();
            root.path("MediaContainer").path("Metadata").forEach(n -> items.add((ObjectNode) n));
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code items} with every ratingKey prefixed, so that test classes sharing one database do not collide. */
    public static List<ObjectNode> prefixed(String prefix, List<ObjectNode> items) {
        return items.stream().map(i -> {
            ObjectNode copy = i.deepCopy();
            copy.put("ratingKey", prefix + i.path("ratingKey").asText());
            if (copy.has("thumb")) {
                copy.put("thumb", "/library/metadata/" + copy.get("ratingKey").asText() + "/thumb/1718000000");
            }
            return copy;
        }).toList();
    }

    /** {@code count} generated movies; {@code item} may adjust each one. */
    public static List<ObjectNode> generatedMovies(int count, long firstTmdbId, IntFunction<String> title) {
        List<ObjectNode> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ObjectNode m = JSON.createObjectNode();
            long tmdb = firstTmdbId + i;
            m.put("ratingKey", "g" + tmdb).put("guid", "plex://movie/gen" + tmdb).put("type", "movie")
                    .put("title", title.apply(i)).put("year", 1950 + i % 70).put("summary", "Generated movie " + i)
                    .put("updatedAt", 1_700_000_000L).put("duration", 5_400_000L);
            m.putArray("Guid").addObject().put("id", "tmdb://" + tmdb);
            m.putArray("Genre").addObject().put("tag", i % 2 == 0 ? "Drama" : "Comedy");
            items.add(m);
        }
        return items;
    }

    public static FakePlexServer server(String name, String token, FakePlexServer.Section... sections) {
        return FakePlexServer.start(name, token, List.of(sections));
    }

    private PlexFixtures() {
    }
}
