package io.plexrecommend.scanner.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The playlists of a {@link FakePlexServer}, per account (token), with the request and answer shapes of PMS as the
 * public API specification ({@code LukeHagar/plex-api-spec} {@code src/paths/playlists/playlists.yaml},
 * {@code contents.yaml}) and a recorded listing (Home Assistant's {@code playlists.xml}) give them: a playlist is a
 * {@code Metadata} entry of {@code type: playlist} with {@code ratingKey}, {@code key: /playlists/{id}/items},
 * {@code guid: com.plexapp.agents.none://<uuid>}, {@code smart}, {@code playlistType}, {@code leafCount}; items are
 * named by {@code uri=server://{machineIdentifier}/com.plexapp.plugins.library/library/metadata/{keys}}. Differences
 * from PMS: a show is kept as one entry (PMS adds its episodes), and an unknown item is skipped silently.
 */
public final class FakePlaylists {

    /** One playlist as a test sees it: whose it is, its title and its items' ratingKeys in order. */
    public record Playlist(String ratingKey, String owner, String title, boolean smart, List<String> items) {
    }

    private static final Pattern ITEMS_URI =
            Pattern.compile("^server://([^/]+)/com\\.plexapp\\.plugins\\.library/library/metadata/([^/?]+)$");

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Playlist> playlists = new LinkedHashMap<>();
    private final AtomicInteger nextKey = new AtomicInteger(500);
    private final String machineIdentifier;

    FakePlaylists(String machineIdentifier) {
        this.machineIdentifier = machineIdentifier;
    }

    synchronized List<Playlist> all() {
        return List.copyOf(playlists.values());
    }

    /** A playlist made by the user in a Plex app. */
    synchronized Playlist add(String owner, String title, List<String> items) {
        Playlist p = new Playlist(String.valueOf(nextKey.getAndIncrement()), owner, title, false, List.copyOf(items));
        playlists.put(p.ratingKey(), p);
        return p;
    }

    /** {@code GET /playlists}: the token user's playlists. */
    synchronized ObjectNode list(String owner, String playlistType) {
        ArrayNode metadata = json.createArrayNode();
        playlists.values().stream().filter(p -> p.owner().equals(owner))
                .filter(p -> playlistType == null || "video".equals(playlistType)).forEach(p -> metadata.add(entry(p)));
        ObjectNode container = json.createObjectNode().put("size", metadata.size());
        container.set("Metadata", metadata);
        return container;
    }

    /** {@code POST /playlists?type&title&smart&uri}: empty if the request is one PMS refuses (400). */
    synchronized Optional<ObjectNode> create(String owner, Map<String, String> query, ItemLookup items) {
        String title = query.get("title");
        if (!"video".equals(query.get("type")) || title == null || title.isBlank() || !"0".equals(query.get("smart"))) {
            return Optional.empty();
        }
        Optional<List<String>> keys = keys(query.get("uri"), items);
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Playlist p = add(owner, title, keys.get());
        return Optional.of(single(p));
    }

    /** {@code PUT /playlists/{id}/items?uri}: appends; empty if the playlist is not the user's or the uri is bad. */
    synchronized Optional<ObjectNode> addItems(String owner, String id, String uri, ItemLookup items) {
        Playlist p = playlists.get(id);
        Optional<List<String>> keys = keys(uri, items);
        if (p == null || !p.owner().equals(owner) || keys.isEmpty()) {
            return Optional.empty();
        }
        List<String> all = new ArrayList<>(p.items());
        all.addAll(keys.get());
        Playlist changed = new Playlist(p.ratingKey(), owner, p.title(), p.smart(), List.copyOf(all));
        playlists.put(id, changed);
        ObjectNode container = single(changed).put("leafCountAdded", keys.get().size())
                .put("leafCountRequested", keys.get().size());
        return Optional.of(container);
    }

    /** {@code DELETE /playlists/{id}/items}: empties it; answers the playlist. */
    synchronized Optional<ObjectNode> clear(String owner, String id) {
        Playlist p = playlists.get(id);
        if (p == null || !p.owner().equals(owner)) {
            return Optional.empty();
        }
        Playlist cleared = new Playlist(p.ratingKey(), owner, p.title(), p.smart(), List.of());
        playlists.put(id, cleared);
        return Optional.of(single(cleared));
    }

    /** {@code DELETE /playlists/{id}}. */
    synchronized boolean delete(String owner, String id) {
        Playlist p = playlists.get(id);
        return p != null && p.owner().equals(owner) && playlists.remove(id) != null;
    }

    /** {@code GET /playlists/{id}/items}: the library entries, in order. */
    synchronized Optional<ObjectNode> items(String owner, String id, ItemLookup items) {
        Playlist p = playlists.get(id);
        if (p == null || !p.owner().equals(owner)) {
            return Optional.empty();
        }
        ArrayNode metadata = json.createArrayNode();
        p.items().forEach(k -> items.find(k).ifPresent(metadata::add));
        ObjectNode container = json.createObjectNode().put("size", metadata.size()).put("ratingKey", p.ratingKey())
                .put("title", p.title()).put("smart", p.smart()).put("playlistType", "video")
                .put("leafCount", metadata.size());
        container.set("Metadata", metadata);
        return Optional.of(container);
    }

    interface ItemLookup {
        Optional<ObjectNode> find(String ratingKey);
    }

    private Optional<List<String>> keys(String uri, ItemLookup items) {
        Matcher m = uri == null ? null : ITEMS_URI.matcher(uri);
        if (m == null || !m.matches() || !m.group(1).equals(machineIdentifier)) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>();
        for (String key : m.group(2).split(",")) {
            if (items.find(key).isPresent()) {
                keys.add(key);
            }
        }
        return Optional.of(keys);
    }

    private ObjectNode single(Playlist p) {
        ObjectNode container = json.createObjectNode().put("size", 1);
        container.putArray("Metadata").add(entry(p));
        return container;
    }

    private ObjectNode entry(Playlist p) {
        long now = System.currentTimeMillis() / 1000;
        return json.createObjectNode().put("ratingKey", p.ratingKey()).put("key", "/playlists/" + p.ratingKey() + "/items")
                .put("guid", "com.plexapp.agents.none://" + UUID.nameUUIDFromBytes(p.ratingKey().getBytes()))
                .put("type", "playlist").put("title", p.title()).put("summary", "").put("smart", p.smart())
                .put("playlistType", "video").put("composite", "/playlists/" + p.ratingKey() + "/composite/" + now)
                .put("leafCount", p.items().size()).put("addedAt", now).put("updatedAt", now);
    }
}
