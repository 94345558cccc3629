package io.plexrecommend.embedding.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.sqlite.JDBC;

/**
 * mediaId → last published embedding input, in a SQLite file, so an unchanged item is not embedded again after a
 * restart or a replay. One connection guarded by this object's monitor: SQLite has a single writer anyway and each
 * statement is a primary-key lookup or upsert. Writes of a batch go in one transaction ({@link #putAll}).
 */
public class EmbeddingCache implements AutoCloseable {

    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS embedding_cache (
              media_id       TEXT PRIMARY KEY,
              content_hash   TEXT NOT NULL,
              model_id       TEXT NOT NULL,
              item_text      TEXT NOT NULL,
              feature_schema TEXT,
              features       BLOB,
              updated_at     INTEGER NOT NULL
            )""";

    private final Connection connection;

    public EmbeddingCache(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            // The driver directly, not DriverManager: DriverManager only hands out drivers visible from the
            // caller's class loader, which differs between Quarkus' and a plain test's class loaders.
            connection = new JDBC().connect("jdbc:sqlite:" + file.toAbsolutePath()
                    + "?journal_mode=WAL&busy_timeout=5000&synchronous=NORMAL", new Properties());
            try (Statement statement = connection.createStatement()) {
                statement.execute(SCHEMA);
                statement.execute("CREATE INDEX IF NOT EXISTS embedding_cache_model ON embedding_cache(model_id)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of " + file, e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the embedding cache " + file, e);
        }
    }

    public synchronized Optional<CachedEmbedding> get(String mediaId) {
        try (PreparedStatement select = connection.prepareStatement("SELECT media_id, content_hash, model_id, "
                + "item_text, feature_schema, features FROM embedding_cache WHERE media_id = ?")) {
            select.setString(1, mediaId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the embedding cache", e);
        }
    }

    /** Stores the entries (upsert) and removes the ids in {@code removed}, in one transaction, in list order. */
    public synchronized void apply(List<CacheChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO embedding_cache (media_id, "
                    + "content_hash, model_id, item_text, feature_schema, features, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(media_id) DO UPDATE SET "
                    + "content_hash = excluded.content_hash, model_id = excluded.model_id, "
                    + "item_text = excluded.item_text, feature_schema = excluded.feature_schema, "
                    + "features = excluded.features, updated_at = excluded.updated_at");
                    PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM embedding_cache WHERE media_id = ?")) {
                for (CacheChange change : changes) {
                    if (change.entry() == null) {
                        delete.setString(1, change.mediaId());
                        delete.executeUpdate();
                    } else {
                        CachedEmbedding entry = change.entry();
                        upsert.setString(1, entry.mediaId());
                        upsert.setString(2, entry.contentHash());
                        upsert.setString(3, entry.modelId());
                        upsert.setString(4, entry.text());
                        upsert.setString(5, entry.featureSchema());
                        upsert.setBytes(6, entry.features() == null ? null : toBytes(entry.features()));
                        upsert.setLong(7, System.currentTimeMillis());
                        upsert.executeUpdate();
                    }
                }
            }
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException("cannot write the embedding cache", e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the next statement reports a broken connection
            }
        }
    }

    public void put(CachedEmbedding entry) {
        apply(List.of(CacheChange.put(entry)));
    }

    public void remove(String mediaId) {
        apply(List.of(CacheChange.remove(mediaId)));
    }

    /** Up to {@code limit} entries embedded by another model than {@code modelId}, oldest first. */
    public synchronized List<CachedEmbedding> embeddedByOtherModel(String modelId, int limit) {
        try (PreparedStatement select = connection.prepareStatement("SELECT media_id, content_hash, model_id, "
                + "item_text, feature_schema, features FROM embedding_cache WHERE model_id <> ? "
                + "ORDER BY updated_at, media_id LIMIT ?")) {
            select.setString(1, modelId);
            select.setInt(2, limit);
            List<CachedEmbedding> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(read(rows));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the embedding cache", e);
        }
    }

    public synchronized long countByModel(String modelId) {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM embedding_cache WHERE model_id = ?")) {
            count.setString(1, modelId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the embedding cache", e);
        }
    }

    private static CachedEmbedding read(ResultSet rows) throws SQLException {
        byte[] features = rows.getBytes(6);
        return new CachedEmbedding(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), features == null ? null : toFloats(features));
    }

    private static byte[] toBytes(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    private static float[] toFloats(byte[] bytes) {
        float[] values = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the embedding cache", e);
        }
    }
}
