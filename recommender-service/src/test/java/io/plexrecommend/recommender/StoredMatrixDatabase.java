package io.plexrecommend.recommender;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * A database as a previous run leaves it (own data dir, migrated by the service's own Flyway scripts): three items
 * and a stored content matrix built a minute ago in which the heist's only neighbour is the cartoon. A rebuild would
 * never say that (they share nothing); the heist's twin would come first. So a "more like this" that answers with the
 * cartoon comes from the stored matrix, before any rebuild ran.
 */
public class StoredMatrixDatabase implements QuarkusTestResourceLifecycleManager {

    static final String HEIST = "movie:tmdb:7100001";
    static final String TWIN = "movie:tmdb:7100002";
    static final String CARTOON = "movie:tmdb:7100003";
    private static final Path DATA = Path.of("target", "test-data-stored-matrix");

    @Override
    public Map<String, String> start() {
        wipe(DATA);
        Path db = DATA.resolve("recommender").resolve("recommender.db");
        try {
            Files.createDirectories(db.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = "jdbc:sqlite:" + db;
        Flyway.configure().dataSource(url, null, null).locations("filesystem:target/classes/db/migration").load()
                .migrate();
        long now = System.currentTimeMillis();
        try (Connection connection = DriverManager.getConnection(url)) {
            try (PreparedStatement item = connection.prepareStatement("insert into media_items (media_id, type, title,"
                    + " year, genres, keywords, directors, updated_at) values (?, 'movie', ?, ?, ?, ?, ?, ?)")) {
                insert(item, HEIST, "Stored Heist", 1995, "[\"Crime\"]", "[\"heist\",\"los angeles\"]",
                        "[\"Michael Mann\"]", now);
                insert(item, TWIN, "Stored Twin", 1981, "[\"Crime\"]", "[\"heist\",\"los angeles\"]",
                        "[\"Michael Mann\"]", now);
                insert(item, CARTOON, "Stored Cartoon", 2003, "[\"Animation\"]", "[\"fish\",\"ocean\"]",
                        "[\"Andrew Stanton\"]", now);
            }
            try (PreparedStatement row = connection.prepareStatement(
                    "insert into content_neighbours (media_id, neighbour_ids, similarities) values (?, ?, ?)")) {
                row.setString(1, HEIST);
                row.setString(2, CARTOON);
                row.setBytes(3, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(0.9f).array());
                row.executeUpdate();
                for (String other : new String[] {TWIN, CARTOON}) {
                    row.setString(1, other);
                    row.setString(2, "");
                    row.setBytes(3, new byte[0]);
                    row.executeUpdate();
                }
            }
            try (PreparedStatement build = connection.prepareStatement("insert into content_matrix_build"
                    + " (id, built_at, items, k, weights) values (1, ?, 3, 50, 'metadata=0.6,text=0.25,graph=0.15')")) {
                build.setLong(1, now - 60_000);
                build.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("plex-recommend.data-dir", DATA.toString());
    }

    private static void insert(PreparedStatement item, String id, String title, int year, String genres,
            String keywords, String directors, long now) throws SQLException {
        item.setString(1, id);
        item.setString(2, title);
        item.setInt(3, year);
        item.setString(4, genres);
        item.setString(5, keywords);
        item.setString(6, directors);
        item.setLong(7, now);
        item.executeUpdate();
    }

    private static void wipe(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }
}
