package io.plexrecommend.recommender.recommendation;

import io.agroal.api.AgroalDataSource;
import io.plexrecommend.recommender.catalog.FloatVectors;
import io.plexrecommend.recommender.model.ItemSpace;
import io.plexrecommend.recommender.model.Neighbours;
import io.plexrecommend.recommender.storage.StateWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The content similarity matrix of the last full build, in SQLite ({@code content_neighbours}), so a restart serves
 * "more like this" and content scores at once. Rows are stored by media id, not by index: the indexes of the next
 * start's {@link ItemSpace} depend on the order items are read. Plain JDBC in batches: 20,000 rows of 50 neighbours
 * are written in about a second.
 */
@ApplicationScoped
public class StoredContentMatrix {

    /** A loaded matrix, when it was built, and how many items have no stored row (added since). */
    public record Loaded(Neighbours neighbours, Instant builtAt, int itemsWithoutRow) {
    }

    private final AgroalDataSource dataSource;
    private final StateWriter writer;

    StoredContentMatrix(AgroalDataSource dataSource, StateWriter writer) {
        this.dataSource = dataSource;
        this.writer = writer;
    }

    /** Replaces the stored matrix with {@code neighbours}, whose rows are indexed like {@code space}. */
    public void save(Neighbours neighbours, ItemSpace space, String weights) {
        writer.write(() -> {
            try (Connection db = dataSource.getConnection()) {
                try (Statement clear = db.createStatement()) {
                    clear.executeUpdate("delete from content_neighbours");
                    clear.executeUpdate("delete from content_matrix_build");
                }
                try (PreparedStatement row = db.prepareStatement("insert into content_neighbours"
                        + " (media_id, neighbour_ids, similarities) values (?, ?, ?)")) {
                    int rows = Math.min(neighbours.size(), space.size());
                    for (int i = 0; i < rows; i++) {
                        int[] ids = neighbours.ids(i);
                        StringBuilder names = new StringBuilder();
                        for (int id : ids) {
                            names.append(names.length() > 0 ? "\n" : "").append(space.item(id).mediaId());
                        }
                        row.setString(1, space.item(i).mediaId());
                        row.setString(2, names.toString());
                        row.setBytes(3, FloatVectors.toBytes(neighbours.sims(i)));
                        row.addBatch();
                        if (i % 1000 == 999) {
                            row.executeBatch();
                        }
                    }
                    row.executeBatch();
                }
                try (PreparedStatement build = db.prepareStatement("insert into content_matrix_build"
                        + " (id, built_at, items, k, weights) values (1, ?, ?, ?, ?)")) {
                    build.setLong(1, System.currentTimeMillis());
                    build.setInt(2, space.size());
                    build.setInt(3, neighbours.k());
                    build.setString(4, weights);
                    build.executeUpdate();
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("could not store the content similarity matrix", e);
            }
        });
    }

    /** The stored matrix mapped onto {@code space}, if one was built with the same K and content blend. */
    public Optional<Loaded> load(ItemSpace space, int k, String weights) {
        try (Connection db = dataSource.getConnection()) {
            Instant builtAt;
            try (PreparedStatement build = db.prepareStatement(
                    "select built_at from content_matrix_build where id = 1 and k = ? and weights = ?")) {
                build.setInt(1, k);
                build.setString(2, weights);
                try (ResultSet result = build.executeQuery()) {
                    if (!result.next()) {
                        return Optional.empty();
                    }
                    builtAt = Instant.ofEpochMilli(result.getLong(1));
                }
            }
            Neighbours neighbours = new Neighbours(space.size(), k);
            int withRow = 0;
            try (Statement rows = db.createStatement();
                    ResultSet result = rows.executeQuery(
                            "select media_id, neighbour_ids, similarities from content_neighbours")) {
                while (result.next()) {
                    Optional<Integer> item = space.indexOf(result.getString(1));
                    if (item.isEmpty()) {
                        continue;
                    }
                    withRow++;
                    String names = result.getString(2);
                    float[] sims = FloatVectors.fromBytes(result.getBytes(3));
                    String[] ids = names.isEmpty() ? new String[0] : names.split("\n");
                    int[] rowIds = new int[ids.length];
                    float[] rowSims = new float[ids.length];
                    int n = 0;
                    for (int j = 0; j < ids.length && j < sims.length; j++) {
                        Optional<Integer> other = space.indexOf(ids[j]);
                        if (other.isPresent()) {
                            rowIds[n] = other.get();
                            rowSims[n++] = sims[j];
                        }
                    }
                    neighbours.setRow(item.get(), Arrays.copyOf(rowIds, n), Arrays.copyOf(rowSims, n));
                }
            }
            return Optional.of(new Loaded(neighbours, builtAt, space.size() - withRow));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the stored content similarity matrix", e);
        }
    }
}
