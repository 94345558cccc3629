package io.plexrecommend.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plex Media Server's playlist endpoints for {@link FakeUpstream}, per account (token), from the same sources as
 * scanner-service's fake (the PMS API specification {@code LukeHagar/plex-api-spec} {@code src/paths/playlists/}, a
 * recorded listing in Home Assistant's {@code playlists.xml}, python-plexapi's {@code playlist.py}):
 * {@code GET /playlists}, {@code POST /playlists?type=video&title=&smart=0&uri=server://{machineIdentifier}/
 * com.plexapp.plugins.library/library/metadata/{keys}}, {@code PUT /playlists/{id}/items?uri=},
 * {@code DELETE /playlists/{id}/items}, {@code DELETE /playlists/{id}}.
 */
final class FakePlexPlaylists {

    record Playlist(String ratingKey, String owner, String title, List<String> items) {
    }

    /** A status and a JSON body (null: an HTML error page). */
    record Answer(int status, ObjectNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ITEMS_URI =
            Pattern.compile("^server://([^/]+)/com\\.plexapp\\.plugins\\.library/library/metadata/([^/?]+)$");
    private static final Pattern ONE = Pattern.compile("^/playlists/(\\d+)(/items)?$");

    private final String machineIdentifier;
    private final Set<String> ratingKeys;
    private final Map<String, Playlist> playlists = new LinkedHashMap<>();
    private int nextKey = 500;

    FakePlexPlaylists(String machineIdentifier, Set<String> ratingKeys) {
        this.machineIdentifier = machineIdentifier;
        this.ratingKeys = ratingKeys;
    }

    synchronized List<Playlist> all() {
        return List.copyOf(playlists.values());
    }

    synchronized Answer handle(String method, String path, String owner, Map<String, String> query) {
        if (path.equals("/playlists") && method.equals("GET")) {
            ObjectNode container = JSON.createObjectNode();
            var metadata = container.putArray("Metadata");
            playlists.values().stream().filter(p -> p.owner().equals(owner)).forEach(p -> metadata.add(entry(p)));
            container.put("size", metadata.size());
            return ok(container);
        }
        if (path.equals("/playlists") && method.equals("POST")) {
            List<String> keys = keys(query.get("uri"));
            String title = query.get("title");
            if (keys == null || title == null || title.isBlank() || !"video".equals(query.get("type"))
                    || !"0".equals(query.get("smart"))) {
                return new Answer(400, null);
            }
            Playlist p = new Playlist(String.valueOf(nextKey++), owner, title, keys);
            playlists.put(p.ratingKey(), p);
            return single(p);
        }
        Matcher m = ONE.matcher(path);
        Playlist p = m.matches() ? playlists.get(m.group(1)) : null;
        if (p == null || !p.owner().equals(owner)) {
            return new Answer(404, null);
        }
        boolean items = m.group(2) != null;
        if (items && method.equals("PUT")) {
            List<String> keys = keys(query.get("uri"));
            if (keys == null) {
                return new Answer(400, null);
            }
            List<String> all = new ArrayList<>(p.items());
            all.addAll(keys);
            return single(replace(new Playlist(p.ratingKey(), owner, p.title(), List.copyOf(all))));
        }
        if (items && method.equals("DELETE")) {
            return single(replace(new Playlist(p.ratingKey(), owner, p.title(), List.of())));
        }
        if (!items && method.equals("DELETE")) {
            playlists.remove(p.ratingKey());
            return new Answer(200, JSON.createObjectNode());
        }
        return new Answer(404, null);
    }

    private Playlist replace(Playlist p) {
        playlists.put(p.ratingKey(), p);
        return p;
    }

    private List<String> keys(String uri) {
        Matcher m = uri == null ? null : ITEMS_URI.matcher(uri);
        if (m == null || !m.matches() || !m.group(1).equals(machineIdentifier)) {
            return null;
        }
        return List.of(m.group(2).split(",")).stream().filter(ratingKeys::contains).toList();
    }

    private static Answer ok(ObjectNode container) {
        ObjectNode root = JSON.createObjectNode();
        root.set("MediaContainer", container);
        return new Answer(200, root);
    }

    private static Answer single(Playlist p) {
        ObjectNode container = JSON.createObjectNode().put("size", 1);
        container.putArray("Metadata").add(entry(p));
        return ok(container);
    }

    private static ObjectNode entry(Playlist p) {
        return JSON.createObjectNode().put("ratingKey", p.ratingKey()).put("key", "/playlists/" + p.ratingKey() + "/items")
                .put("guid", "com.plexapp.agents.none://" + java.util.UUID.nameUUIDFromBytes(p.ratingKey().getBytes()))
                .put("type", "playlist").put("title", p.title()).put("summary", "").put("smart", false)
                .put("playlistType", "video").put("leafCount", p.items().size());
    }
}
