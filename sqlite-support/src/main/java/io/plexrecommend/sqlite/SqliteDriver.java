package io.plexrecommend.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.JDBC;

/**
 * The SQLite driver, creating the database file's directory first: sqlite-jdbc refuses a file in a missing
 * directory, and the first connection (Flyway's migration at start, or Hibernate reading metadata) comes before any
 * bean of ours could create it. Configured as {@code quarkus.datasource.jdbc.driver}.
 */
public class SqliteDriver extends JDBC {

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (acceptsURL(url)) {
            createDirectoryOf(url);
        }
        return super.connect(url, info);
    }

    private static void createDirectoryOf(String url) throws SQLException {
        Path file = databaseFile(url);
        Path directory = file == null ? null : file.toAbsolutePath().getParent();
        if (directory != null && !Files.isDirectory(directory)) {
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new SQLException("cannot create the database directory " + directory + ": " + e.getMessage(), e);
            }
        }
    }

    /** The file behind a {@code jdbc:sqlite:} URL, or null for an in-memory database. */
    static Path databaseFile(String url) {
        String rest = url.substring(PREFIX.length());
        int query = rest.indexOf('?');
        String name = query < 0 ? rest : rest.substring(0, query);
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        }
        return name.isEmpty() || name.startsWith(":memory:") ? null : Path.of(name);
    }
}
