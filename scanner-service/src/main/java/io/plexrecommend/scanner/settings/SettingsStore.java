package io.plexrecommend.scanner.settings;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The saved settings ({@code setting}) and Plex Home profile tokens ({@code profile_token}) in scanner.db. */
@ApplicationScoped
public class SettingsStore {

    private final AgroalDataSource db;

    public SettingsStore(AgroalDataSource db) {
        this.db = db;
    }

    /** Saved values by name; a value of {@code ""} means "cleared", which also hides the environment default. */
    public Map<String, String> values() {
        Map<String, String> values = new HashMap<>();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT name, value FROM setting");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getString(2));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read settings: " + e.getMessage(), e);
        }
    }

    public List<Settings.ProfileToken> profiles() {
        List<Settings.ProfileToken> profiles = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT profile, plex_token FROM profile_token ORDER BY profile");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                profiles.add(new Settings.ProfileToken(rs.getString(1), rs.getString(2)));
            }
            return profiles;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read profile tokens: " + e.getMessage(), e);
        }
    }

    /**
     * Saves in one transaction: {@code values} (name → value, {@code ""} = cleared) and, when {@code profiles} is
     * present, the profile tokens (a null token keeps the saved one, {@code ""} removes the profile).
     */
    public void save(Map<String, String> values, Optional<List<Settings.ProfileToken>> profiles) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement upsert = c.prepareStatement(
                    "INSERT INTO setting (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
                for (var e : values.entrySet()) {
                    upsert.setString(1, e.getKey());
                    upsert.setString(2, e.getValue());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            if (profiles.isPresent()) {
                try (PreparedStatement upsert = c.prepareStatement("INSERT INTO profile_token (profile, plex_token) "
                        + "VALUES (?, ?) ON CONFLICT (profile) DO UPDATE SET plex_token = excluded.plex_token");
                        PreparedStatement delete = c.prepareStatement("DELETE FROM profile_token WHERE profile = ?")) {
                    for (Settings.ProfileToken p : profiles.get()) {
                        if (p.plexToken() == null) {
                            continue;
                        }
                        PreparedStatement s = p.plexToken().isEmpty() ? delete : upsert;
                        s.setString(1, p.profile());
                        if (s == upsert) {
                            s.setString(2, p.plexToken());
                        }
                        s.executeUpdate();
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save settings: " + e.getMessage(), e);
        }
    }
}
