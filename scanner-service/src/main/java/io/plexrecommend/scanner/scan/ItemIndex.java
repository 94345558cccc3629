package io.plexrecommend.scanner.scan;

import io.agroal.api.AgroalDataSource;
import io.plexrecommend.events.ImageRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The item index in scanner.db: each library entry (library + ratingKey) and the media id, ids, title and poster it
 * was published with. Drives incremental rescans, removals, rating-import matching and artwork. Catalog imports are
 * recorded too, under library {@link IndexedItem#CATALOG} with the media id as ratingKey; scans only ever remove
 * entries of the library they read, so a rescan leaves them alone.
 */
@ApplicationScoped
public class ItemIndex {

    private static final String COLUMNS = "library_id, rating_key, media_id, type, title, year, tmdb_id, tvdb_id, "
            + "imdb_id, listing_version, poster_source, poster_path, content_hash";

    private final AgroalDataSource db;

    public ItemIndex(AgroalDataSource db) {
        this.db = db;
    }

    public Optional<IndexedItem> find(String libraryId, String ratingKey) {
        return first("SELECT " + COLUMNS + " FROM item WHERE library_id = ? AND rating_key = ?", libraryId, ratingKey);
    }

    /** Any entry published under {@code mediaId} (the same title may be in two libraries). */
    public Optional<IndexedItem> byMediaId(String mediaId) {
        return first("SELECT " + COLUMNS + " FROM item WHERE media_id = ? ORDER BY poster_path IS NULL LIMIT 1", mediaId);
    }

    /** The Plex entry of {@code mediaId}, if the title is on the Plex server (playlists name items by ratingKey). */
    public Optional<IndexedItem> plexEntry(String mediaId) {
        return first("SELECT " + COLUMNS + " FROM item WHERE media_id = ? AND library_id LIKE 'plex:%' "
                + "ORDER BY library_id, rating_key LIMIT 1", mediaId);
    }

    /** Any entry of a Plex item with this ratingKey (webhooks name items by ratingKey only). */
    public Optional<IndexedItem> byRatingKey(String ratingKey) {
        return first("SELECT " + COLUMNS + " FROM item WHERE rating_key = ? AND library_id LIKE 'plex:%' LIMIT 1", ratingKey);
    }

    public Optional<IndexedItem> byImdb(String imdbId) {
        return first("SELECT " + COLUMNS + " FROM item WHERE imdb_id = ? LIMIT 1", imdbId);
    }

    public Optional<IndexedItem> byTmdb(long tmdbId, String type) {
        return first("SELECT " + COLUMNS + " FROM item WHERE tmdb_id = ? AND (? IS NULL OR type = ?) LIMIT 1",
                tmdbId, type, type);
    }

    /**
     * By TheTVDB id of the given type ({@code movie} or {@code show}; null means {@code show}, TheTVDB's series
     * numbering). TheTVDB numbers movies and series separately, and Plex's movie agent gives movies TVDB movie ids:
     * {@code tvdb 1876} is a movie in one numbering and a different series in the other, so the type is never optional.
     */
    public Optional<IndexedItem> byTvdb(long tvdbId, String type) {
        return first("SELECT " + COLUMNS + " FROM item WHERE tvdb_id = ? AND type = ? LIMIT 1", tvdbId,
                type == null ? "show" : type);
    }

    /** By normalized title, and year when given (a year off by one is accepted: release vs. festival dates). */
    public List<IndexedItem> byTitle(String title, Integer year) {
        String sql = "SELECT " + COLUMNS + " FROM item WHERE norm_title = ?"
                + (year == null ? "" : " AND year BETWEEN ? AND ?") + " ORDER BY abs(coalesce(year, 0) - ?)";
        List<Object> args = new ArrayList<>(List.of(normalize(title)));
        if (year != null) {
            args.add(year - 1);
            args.add(year + 1);
        }
        args.add(year == null ? 0 : year);
        return query(sql, args.toArray());
    }

    public void save(IndexedItem item, String scanId) {
        saveAll(List.of(item), scanId);
    }

    /** Inserts or replaces each entry by (library, ratingKey), in one transaction: a catalog import writes hundreds. */
    public void saveAll(Collection<IndexedItem> items, String scanId) {
        String sql = "INSERT INTO item (" + COLUMNS + ", norm_title, last_scan_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                + "ON CONFLICT (library_id, rating_key) DO UPDATE SET media_id = excluded.media_id, type = excluded.type, "
                + "title = excluded.title, year = excluded.year, tmdb_id = excluded.tmdb_id, tvdb_id = excluded.tvdb_id, "
                + "imdb_id = excluded.imdb_id, listing_version = excluded.listing_version, "
                + "poster_source = excluded.poster_source, poster_path = excluded.poster_path, "
                + "content_hash = excluded.content_hash, norm_title = excluded.norm_title, last_scan_id = excluded.last_scan_id";
        batch(sql, items.stream().map(item -> new Object[] {item.libraryId(), item.ratingKey(), item.mediaId(),
                item.type(), item.title(), item.year(), item.tmdbId(), item.tvdbId(), item.imdbId(), item.listingVersion(),
                item.poster() == null ? null : item.poster().source(), item.poster() == null ? null : item.poster().path(),
                item.contentHash(), normalize(item.title()), scanId}).toList());
    }

    /** Marks entries as seen by {@code scanId}, so the end of a full scan can tell which ones vanished. */
    public void touch(String libraryId, Collection<String> ratingKeys, String scanId) {
        batch("UPDATE item SET last_scan_id = ? WHERE library_id = ? AND rating_key = ?",
                ratingKeys.stream().map(key -> new Object[] {scanId, libraryId, key}).toList());
    }

    /** Whether an entry other than (libraryId, ratingKey) carries {@code mediaId}: another library or the catalog. */
    public boolean heldElsewhere(String mediaId, String libraryId, String ratingKey) {
        return first("SELECT " + COLUMNS + " FROM item WHERE media_id = ? AND NOT (library_id = ? AND rating_key = ?) "
                + "LIMIT 1", mediaId, libraryId, ratingKey).isPresent();
    }

    /** Entries of {@code libraryId} that {@code scanId} did not see. */
    public List<IndexedItem> notSeenBy(String libraryId, String scanId) {
        return query("SELECT " + COLUMNS + " FROM item WHERE library_id = ? AND (last_scan_id IS NULL OR last_scan_id <> ?)",
                libraryId, scanId);
    }

    public void delete(String libraryId, String ratingKey) {
        update("DELETE FROM item WHERE library_id = ? AND rating_key = ?", libraryId, ratingKey);
    }

    /** Lower case, without accents, punctuation or a leading article: "The Matrix" and "Matrix, The" meet. */
    public static String normalize(String title) {
        if (title == null) {
            return "";
        }
        String plain = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        plain = plain.replaceAll("^(the|a|an) ", "").replaceAll(" (the|a|an)$", "");
        return plain;
    }

    private Optional<IndexedItem> first(String sql, Object... args) {
        return query(sql, args).stream().findFirst();
    }

    private List<IndexedItem> query(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            List<IndexedItem> items = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String posterSource = rs.getString(11);
                    items.add(new IndexedItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), longOrNull(rs, 6) == null ? null : rs.getInt(6), longOrNull(rs, 7),
                            longOrNull(rs, 8), rs.getString(9), rs.getString(10),
                            posterSource == null ? null : new ImageRef(posterSource, rs.getString(12)), rs.getString(13)));
                }
            }
            return items;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the item index: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the item index: " + e.getMessage(), e);
        }
    }

    /** One statement per row of {@code rows}, committed together. */
    private void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            try {
                for (Object[] row : rows) {
                    bind(s, row);
                    s.addBatch();
                }
                s.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the item index: " + e.getMessage(), e);
        }
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                s.setNull(i + 1, Types.NULL);
            } else {
                s.setObject(i + 1, args[i]);
            }
        }
    }
}
