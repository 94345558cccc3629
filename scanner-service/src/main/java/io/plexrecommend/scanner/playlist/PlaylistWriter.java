package io.plexrecommend.scanner.playlist;

import io.plexrecommend.scanner.playlist.PlaylistStore.OwnPlaylist;
import io.plexrecommend.scanner.plex.PlexClient;
import io.plexrecommend.scanner.plex.PlexConnection;
import io.plexrecommend.scanner.plex.PlexException;
import io.plexrecommend.scanner.scan.IndexedItem;
import io.plexrecommend.scanner.scan.ItemIndex;
import io.plexrecommend.scanner.settings.Settings;
import io.plexrecommend.scanner.settings.SettingsChanged;
import io.plexrecommend.scanner.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Keeps a Plex playlist "Recommended for &lt;profile&gt;" per profile linked to a Plex user, with the first titles of
 * the profile's latest recommendation list that are on the server, in ranked order. Only playlists recorded in
 * {@link PlaylistStore} are ever changed or deleted, so a user's own playlist, even one with the same title, is safe.
 * Each write goes with the profile's own token: Plex playlists belong to the token's user. Synchronized: a list event
 * and a settings change must not both create the same playlist.
 */
@ApplicationScoped
public class PlaylistWriter {

    private static final Logger LOG = Logger.getLogger(PlaylistWriter.class);

    private final SettingsService settings;
    private final PlaylistStore store;
    private final ItemIndex index;
    private final PlexClient plex;

    PlaylistWriter(SettingsService settings, PlaylistStore store, ItemIndex index, PlexClient plex) {
        this.settings = settings;
        this.store = store;
        this.index = index;
        this.plex = plex;
    }

    public static String title(String profile) {
        return "Recommended for " + profile;
    }

    /** Writes the profile's playlist from its latest list, if playlists are on and the profile is linked to Plex. */
    public synchronized void write(String profile) {
        Settings current = settings.current();
        String token = current.plexTokenOf(profile);
        Optional<List<String>> list = store.list(profile);
        if (!current.playlists().enabled() || token == null || current.plexUrl() == null || list.isEmpty()) {
            return;
        }
        List<String> ratingKeys = list.get().stream().map(index::plexEntry).flatMap(Optional::stream)
                .map(IndexedItem::ratingKey).distinct().limit(current.playlists().size()).toList();
        PlexConnection connection = new PlexConnection(current.plexUrl(), token);
        String server = plex.machineIdentifier(connection);
        Optional<OwnPlaylist> own = store.playlist(profile).filter(p -> p.serverId().equals(server))
                .filter(p -> stillThere(connection, p));
        if (own.isPresent()) {
            plex.replacePlaylistItems(connection, server, own.get().ratingKey(), ratingKeys);
            store.touch(profile);
        } else if (!ratingKeys.isEmpty()) { // Plex creates a playlist only with items
            String key = plex.createPlaylist(connection, server, title(profile), ratingKeys);
            store.savePlaylist(new OwnPlaylist(profile, server, key));
        }
    }

    /** Deletes the profile's playlist, with the token it was written with ({@code linked}'s settings). */
    public synchronized void remove(String profile, Settings linked) {
        Optional<OwnPlaylist> own = store.playlist(profile);
        String token = linked.plexTokenOf(profile);
        if (own.isEmpty()) {
            return;
        }
        if (token != null && linked.plexUrl() != null) {
            plex.deletePlaylist(new PlexConnection(linked.plexUrl(), token), own.get().ratingKey());
        }
        store.forgetPlaylist(profile);
    }

    /** The switch and the linked profiles: on writes every playlist, off deletes every playlist this app made. */
    void onSettingsChanged(@ObservesAsync SettingsChanged change) {
        Settings before = change.before();
        Settings after = change.after();
        for (OwnPlaylist own : store.playlists()) {
            if (!after.playlists().enabled() || !after.plexProfiles().contains(own.profile())) {
                quietly(own.profile(), () -> remove(own.profile(), before));
            }
        }
        if (after.playlists().enabled()) {
            after.plexProfiles().forEach(p -> quietly(p, () -> write(p)));
        }
    }

    /** Plex being away must not stop the other profiles; the next list (at most hours away) writes it again. */
    void quietly(String profile, Runnable work) {
        try {
            work.run();
        } catch (PlexException e) {
            LOG.warnf("Plex playlist of %s not updated: %s", profile, e.getMessage());
        }
    }

    private boolean stillThere(PlexConnection connection, OwnPlaylist own) {
        // Deleted in Plex by the user: make a new one rather than write into nothing.
        return plex.videoPlaylists(connection).stream().anyMatch(p -> own.ratingKey().equals(p.path("ratingKey").asText()));
    }
}
