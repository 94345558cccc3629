package io.plexrecommend.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDriverTest {

    @TempDir
    Path temp;

    @Test
    void createsTheMissingFolderOfTheDatabaseFile() throws Exception {
        Path file = temp.resolve("data/scanner/scanner.db");

        try (Connection connection = new SqliteDriver().connect("jdbc:sqlite:" + file, new Properties())) {
            connection.createStatement().execute("create table t (x integer)");
        }

        assertThat(file).exists();
        assertThat(Files.isDirectory(file.getParent())).isTrue();
    }

    @Test
    void readsTheFileBehindTheUrl() {
        assertThat(SqliteDriver.databaseFile("jdbc:sqlite:file:/data/r.db?journal_mode=WAL"))
                .isEqualTo(Path.of("/data/r.db"));
        assertThat(SqliteDriver.databaseFile("jdbc:sqlite::memory:")).isNull();
    }
}
