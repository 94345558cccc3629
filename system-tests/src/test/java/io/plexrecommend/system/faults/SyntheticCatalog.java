package io.plexrecommend.system.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic catalog of invented movies in the import's JSON Lines form: the same number always gives the same
 * title, so a test knows every item's media id without reading anything back. Overviews are one short sentence, so
 * MiniLM embeds them quickly, and titles share genres, keywords and people, so the graph has edges.
 */
final class SyntheticCatalog {

    /** Far above real TMDB ids used by the demo library and the foundation's catalog. */
    static final int FIRST_TMDB_ID = 9_000_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] GENRES = { "Action", "Adventure", "Comedy", "Crime", "Drama", "Fantasy", "Horror",
            "Mystery", "Romance", "Science Fiction", "Thriller", "Western" };
    private static final String[] HEROES = { "a retired pilot", "two sisters", "a night nurse", "an old detective",
            "a young chef", "a stubborn farmer", "a failed magician", "a lighthouse keeper", "a chess prodigy" };
    private static final String[] DEEDS = { "chases a stolen map", "hides a runaway robot", "solves a cold murder",
            "falls for a rival", "survives a long winter", "wins back a lost fortune", "escapes a haunted house" };
    private static final String[] PLACES = { "across the desert", "in a drowned city", "on a night train",
            "in the mountains", "aboard a starship", "in a small harbour town", "under a frozen lake" };

    static String mediaId(int number) {
        return "movie:tmdb:" + tmdbId(number);
    }

    static int tmdbId(int number) {
        return FIRST_TMDB_ID + number;
    }

    /** Lines for items {@code from} (inclusive) to {@code to} (exclusive), joined with newlines. */
    static String lines(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int n = from; n < to; n++) {
            out.append(line(n)).append('\n');
        }
        return out.toString();
    }

    static List<String> mediaIds(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int n = from; n < to; n++) {
            ids.add(mediaId(n));
        }
        return ids;
    }

    static String line(int n) {
        ObjectNode item = JSON.createObjectNode();
        item.put("tmdb_id", tmdbId(n));
        item.put("title", "Synthetic Feature " + n);
        item.put("year", 1950 + n % 70);
        item.put("overview", capitalized(pick(HEROES, n) + " " + pick(DEEDS, n / 3) + " " + pick(PLACES, n / 7)) + ".");
        item.putArray("genres").add(pick(GENRES, n)).add(pick(GENRES, n / 5 + 3));
        item.putArray("keywords").add("motif " + n % 40).add("theme " + n % 23);
        item.putArray("cast").add("Actor " + n % 60).add("Actor " + (n / 2) % 60);
        item.putArray("directors").add("Director " + n % 30);
        item.put("popularity", 1 + n % 97);
        item.put("vote_average", 4 + (n % 50) / 10.0);
        item.put("vote_count", 10 + n % 900);
        item.put("original_language", "en");
        item.put("release_date", (1950 + n % 70) + "-06-01");
        return item.toString();
    }

    private static String pick(String[] values, int n) {
        return values[Math.floorMod(n, values.length)];
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private SyntheticCatalog() {
    }
}
