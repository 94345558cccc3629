package io.plexrecommend.scanner.enrich;

import io.agroal.api.AgroalDataSource;
import io.plexrecommend.scanner.config.ScannerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * TMDB and TVDB answers as they came, with when they were fetched. Details change rarely, so an answer younger than
 * {@code scanner.enrich.refresh-age} (30 days) is used instead of a call; a 404 is remembered too.
 */
@ApplicationScoped
public class EnrichmentCache {

    private final AgroalDataSource db;
    private final Duration refreshAge;

    public EnrichmentCache(AgroalDataSource db, ScannerConfig config) {
        this.db = db;
        this.refreshAge = config.enrich().refreshAge();
    }

    /** The cached answer if fresh, else {@code fetch}'s (stored). Empty = the source does not know it. */
    public Optional<String> get(String source, String ref, Supplier<Optional<String>> fetch) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT body, fetched_at FROM enrichment WHERE source = ? AND ref = ?")) {
            s.setString(1, source);
            s.setString(2, ref);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next() && System.currentTimeMillis() - rs.getLong(2) < refreshAge.toMillis()) {
                    return Optional.ofNullable(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the enrichment cache: " + e.getMessage(), e);
        }
        Optional<String> fetched = fetch.get();
        put(source, ref, fetched.orElse(null));
        return fetched;
    }

    private void put(String source, String ref, String body) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO enrichment (source, ref, body, fetched_at) VALUES (?, ?, ?, ?) ON CONFLICT (source, ref) "
                        + "DO UPDATE SET body = excluded.body, fetched_at = excluded.fetched_at")) {
            s.setString(1, source);
            s.setString(2, ref);
            s.setString(3, body);
            s.setLong(4, System.currentTimeMillis());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the enrichment cache: " + e.getMessage(), e);
        }
    }
}
