package io.plexrecommend.scanner.scan;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What each profile's Plex account last said about an item (rating, last watch), so only changes are published. */
@ApplicationScoped
public class PlexUserStates {

    /** @param rating 1-10 or null; @param lastViewedAt epoch s or null */
    public record State(Integer rating, Long lastViewedAt) {
        public static final State NONE = new State(null, null);
    }

    private final AgroalDataSource db;

    public PlexUserStates(AgroalDataSource db) {
        this.db = db;
    }

    public State find(String profile, String mediaId) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT rating, last_viewed_at FROM plex_user_state WHERE profile = ? AND media_id = ?")) {
            s.setString(1, profile);
            s.setString(2, mediaId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return State.NONE;
                }
                int rating = rs.getInt(1);
                Integer r = rs.wasNull() ? null : rating;
                long viewed = rs.getLong(2);
                return new State(r, rs.wasNull() ? null : viewed);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read Plex user state: " + e.getMessage(), e);
        }
    }

    public void save(String profile, String mediaId, State state) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO plex_user_state (profile, media_id, rating, last_viewed_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (profile, media_id) DO UPDATE SET rating = excluded.rating, "
                        + "last_viewed_at = excluded.last_viewed_at")) {
            ItemIndex.bind(s, profile, mediaId, state.rating(), state.lastViewedAt());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save Plex user state: " + e.getMessage(), e);
        }
    }
}
