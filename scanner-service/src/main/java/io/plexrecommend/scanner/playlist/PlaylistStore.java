package io.plexrecommend.scanner.playlist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.plexrecommend.events.RecommendationListUpdatedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The latest recommendation list per profile and the playlists this app created ({@code V3__plex_playlists.sql}). */
@ApplicationScoped
public class PlaylistStore {

    /** A playlist this app created: the only kind it changes or deletes. */
    public record OwnPlaylist(String profile, String serverId, String ratingKey) {
    }

    private final AgroalDataSource db;
    private final ObjectMapper json;

    PlaylistStore(AgroalDataSource db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Keeps the list unless a newer one is already kept (Kafka may redeliver an older event after a restart). */
    public void saveList(RecommendationListUpdatedEvent event) {
        update("INSERT INTO recommendation_list (profile, media_ids, event_id, occurred_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (profile) DO UPDATE SET media_ids = excluded.media_ids, event_id = excluded.event_id, "
                + "occurred_at = excluded.occurred_at WHERE excluded.occurred_at >= recommendation_list.occurred_at",
                event.profile(), write(event.mediaIds()), event.eventId().toString(), event.occurredAt().toEpochMilli());
    }

    public Optional<List<String>> list(String profile) {
        return query("SELECT media_ids FROM recommendation_list WHERE profile = ?", rs -> read(rs.getString(1)), profile)
                .stream().findFirst();
    }

    public Optional<OwnPlaylist> playlist(String profile) {
        return query("SELECT profile, server_id, rating_key FROM plex_playlist WHERE profile = ?",
                rs -> new OwnPlaylist(rs.getString(1), rs.getString(2), rs.getString(3)), profile).stream().findFirst();
    }

    public List<OwnPlaylist> playlists() {
        return query("SELECT profile, server_id, rating_key FROM plex_playlist ORDER BY profile",
                rs -> new OwnPlaylist(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    public void savePlaylist(OwnPlaylist playlist) {
        update("INSERT INTO plex_playlist (profile, server_id, rating_key, updated_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (profile) DO UPDATE SET server_id = excluded.server_id, rating_key = excluded.rating_key, "
                + "updated_at = excluded.updated_at", playlist.profile(), playlist.serverId(), playlist.ratingKey(),
                System.currentTimeMillis());
    }

    public void touch(String profile) {
        update("UPDATE plex_playlist SET updated_at = ? WHERE profile = ?", System.currentTimeMillis(), profile);
    }

    public void forgetPlaylist(String profile) {
        update("DELETE FROM plex_playlist WHERE profile = ?", profile);
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(row.read(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read playlists: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save playlists: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }

    private String write(List<String> mediaIds) {
        try {
            return json.writeValueAsString(mediaIds);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String text) {
        try {
            return json.readValue(text, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable recommendation list: " + e.getMessage(), e);
        }
    }
}
