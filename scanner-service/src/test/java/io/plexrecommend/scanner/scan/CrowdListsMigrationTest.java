package io.plexrecommend.scanner.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An install scanned before the crowd lists existed: V2 makes the next scan read every Plex entry again and forgets
 * the cached details answers that lack the lists, on a real SQLite file migrated by Flyway as the service does.
 */
class CrowdListsMigrationTest {

    @TempDir
    Path dir;

    @Test
    void plexEntriesAreReadAgainAndDetailsCachedWithoutTheListsAreForgotten() throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve("scanner.db");
        flyway(url, "1").migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO item (library_id, rating_key, media_id, type, title, norm_title, listing_version, "
                    + "content_hash) VALUES ('plex:1', '101', 'movie:tmdb:603', 'movie', 'The Matrix', 'matrix', "
                    + "'1718000000|9.0|2|1718000000', 'sha256:a'), ('demo:1', 'm13', 'movie:tmdb:13', 'movie', "
                    + "'Forrest Gump', 'forrest gump', '1700000000|||', 'sha256:b'), ('catalog', 'movie:tmdb:550', "
                    + "'movie:tmdb:550', 'movie', 'Fight Club', 'fight club', NULL, 'sha256:c')");
            s.executeUpdate("INSERT INTO enrichment (source, ref, body, fetched_at) VALUES "
                    + "('tmdb-movie', '603', '{}', 1), ('tmdb-tv', '1396', '{}', 1), ('tmdb-find', 'imdb_id:tt0133093', '{}', 1), "
                    + "('tvdb-series', '81189', '{}', 1)");
        }

        flyway(url, "latest").migrate();

        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertThat(rows(s, "SELECT library_id || '=' || coalesce(listing_version, 'null') FROM item ORDER BY 1"))
                    .containsExactly("catalog=null", "demo:1=1700000000|||", "plex:1=null");
            assertThat(rows(s, "SELECT source || ':' || ref FROM enrichment ORDER BY 1"))
                    .containsExactly("tmdb-find:imdb_id:tt0133093", "tvdb-series:81189");
        }
    }

    private static Flyway flyway(String url, String target) {
        return Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target(target)
                .load();
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
