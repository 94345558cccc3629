package io.plexrecommend.recommender.bench;

import io.plexrecommend.recommender.catalog.FloatVectors;
import io.plexrecommend.recommender.model.ModelItem;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Fills a recommender database (already migrated by one start of the service) with {@link ScaleBenchmark}'s
 * synthetic catalog and profiles, so the packaged service can be load-tested over HTTP
 * ({@code bench/recommendations-wrk.sh}). Writing the tables directly takes seconds; the same data through Kafka
 * would take an hour on two cores. Usage: {@code SeedScaleDatabase <recommender.db> [items] [profiles]}.
 */
public final class SeedScaleDatabase {

    public static void main(String[] args) throws SQLException {
        String file = args[0];
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int profiles = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        Random random = new Random(7);
        long now = System.currentTimeMillis();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            db.setAutoCommit(false);
            try (PreparedStatement item = db.prepareStatement("insert into media_items (media_id, type, title, year,"
                    + " runtime_minutes, genres, overview, content_rating, popularity, vote_average, vote_count,"
                    + " keywords, cast_members, directors, original_language, in_library, updated_at)"
                    + " values (?, 'movie', ?, ?, 100, ?, ?, 'PG-13', ?, ?, ?, ?, ?, ?, ?, 1, ?)");
                    PreparedStatement vector = db.prepareStatement("insert into item_embeddings (media_id, model_id,"
                            + " dimension, vector, content_hash, updated_at) values (?, 'bench-minilm', 384, ?, ?, ?)")) {
                for (int i = 0; i < items; i++) {
                    ModelItem m = ScaleBenchmark.item(i, random);
                    item.setString(1, m.mediaId());
                    item.setString(2, "Synthetic Title " + i);
                    item.setInt(3, m.year());
                    item.setString(4, json(m.genres()));
                    item.setString(5, "A synthetic overview of title " + i + " for the load test.");
                    item.setDouble(6, m.popularity());
                    item.setDouble(7, m.voteAverage());
                    item.setInt(8, m.voteCount());
                    item.setString(9, json(m.keywords()));
                    item.setString(10, json(m.cast()));
                    item.setString(11, json(m.directors()));
                    item.setString(12, m.language());
                    item.setLong(13, now);
                    item.addBatch();
                    vector.setString(1, m.mediaId());
                    vector.setBytes(2, FloatVectors.toBytes(m.textVector()));
                    vector.setString(3, "sha256:bench" + i);
                    vector.setLong(4, now);
                    vector.addBatch();
                }
                item.executeBatch();
                vector.executeBatch();
            }
            try (PreparedStatement profile = db.prepareStatement(
                    "insert into profiles (profile, created_at) values (?, ?)");
                    PreparedStatement rating = db.prepareStatement("insert into ratings (profile, media_id, rating,"
                            + " source, rated_at, event_id) values (?, ?, ?, 'import', ?, ?)")) {
                for (int p = 0; p < profiles; p++) {
                    String name = "bench-" + p;
                    profile.setString(1, name);
                    profile.setLong(2, now);
                    profile.addBatch();
                    // The same history sizes and popularity skew as ScaleBenchmark.
                    int n = 20 + (int) (380 * Math.pow(random.nextDouble(), 3));
                    Set<Integer> rated = new LinkedHashSet<>();
                    for (int r = 0; r < n; r++) {
                        rated.add((int) (items * Math.pow(random.nextDouble(), 2.5)));
                    }
                    for (int id : rated) {
                        rating.setString(1, name);
                        rating.setString(2, "movie:tmdb:" + id);
                        rating.setInt(3, 1 + random.nextInt(10));
                        rating.setLong(4, now);
                        rating.setString(5, UUID.randomUUID().toString());
                        rating.addBatch();
                    }
                }
                profile.executeBatch();
                rating.executeBatch();
            }
            db.commit();
        }
        System.out.printf("seeded %s: %d items with 384-d vectors, %d profiles%n", file, items, profiles);
    }

    private static String json(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (String v : values) {
            out.append(out.length() > 1 ? "," : "").append('"').append(v.replace("\"", "\\\"")).append('"');
        }
        return out.append(']').toString();
    }

    private SeedScaleDatabase() {
    }
}
