package io.plexrecommend.system.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deterministic rating exports (the scanner's {@code generic} CSV: {@code tmdb_id,rating,timestamp}) for a number of
 * profiles over the demo library's movies. Every profile rates distinct titles once, with a fixed time, so the
 * expected end state is the plan itself: each profile's ratings equal its rows, and the number of distinct rating
 * events is the number of rows.
 */
final class RatingPlan {

    private final Map<String, Map<String, Integer>> expected = new LinkedHashMap<>();
    private final Map<String, String> csv = new LinkedHashMap<>();

    private RatingPlan() {
    }

    /** {@code profiles} profiles named {@code prefix-NN}, each rating {@code perProfile} of {@code tmdbIds}. */
    static RatingPlan of(String prefix, int profiles, int perProfile, List<Integer> tmdbIds) {
        if (perProfile > tmdbIds.size()) {
            throw new IllegalArgumentException("only " + tmdbIds.size() + " titles to rate");
        }
        RatingPlan plan = new RatingPlan();
        for (int p = 0; p < profiles; p++) {
            String profile = String.format("%s-%02d", prefix, p);
            Map<String, Integer> ratings = new LinkedHashMap<>();
            StringBuilder rows = new StringBuilder("tmdb_id,rating,timestamp\n");
            for (int i = 0; i < perProfile; i++) {
                int tmdb = tmdbIds.get((p * 7 + i) % tmdbIds.size());
                int rating = 1 + (p * 3 + i * 7) % 10;
                rows.append(tmdb).append(',').append(rating).append(',').append(1_600_000_000L + p * 10_000L + i * 60L)
                        .append('\n');
                ratings.put("movie:tmdb:" + tmdb, rating);
            }
            plan.expected.put(profile, ratings);
            plan.csv.put(profile, rows.toString());
        }
        return plan;
    }

    /** The TMDB ids of the demo library's movies, in the library's order. */
    static List<Integer> demoMovies(Path projectRoot) {
        List<Integer> ids = new ArrayList<>();
        for (JsonNode title : demoLibrary(projectRoot)) {
            if ("movie".equals(title.path("type").asText()) && title.path("tmdb").canConvertToInt()) {
                ids.add(title.get("tmdb").asInt());
            }
        }
        return ids;
    }

    /** How many titles (movies and shows) the demo library loads. */
    static int demoTitles(Path projectRoot) {
        return demoLibrary(projectRoot).size();
    }

    private static JsonNode demoLibrary(Path projectRoot) {
        Path file = projectRoot.resolve("scanner-service/src/main/resources/demo/demo-library.json");
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    List<String> profiles() {
        return List.copyOf(expected.keySet());
    }

    String csv(String profile) {
        return csv.get(profile);
    }

    /** media id → rating, as the profile's ratings must end up. */
    Map<String, Integer> expected(String profile) {
        return expected.get(profile);
    }

    int rows() {
        return expected.values().stream().mapToInt(Map::size).sum();
    }
}
