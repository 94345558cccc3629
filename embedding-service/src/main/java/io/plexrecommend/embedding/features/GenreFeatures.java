package io.plexrecommend.embedding.features;

import io.plexrecommend.events.MediaItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Genres one-hot (multi-hot) over TMDB's movie genres plus the TV-only ones. TMDB's combined TV genres
 * ("Sci-Fi &amp; Fantasy", "Action &amp; Adventure", "War &amp; Politics") set each of their parts, so a movie and a
 * show of the same kind share slots. A genre outside the vocabulary sets {@code genre_other}.
 */
final class GenreFeatures implements FeatureEncoder {

    static final List<String> VOCABULARY = List.of(
            "Action", "Adventure", "Animation", "Comedy", "Crime", "Documentary", "Drama", "Family", "Fantasy",
            "History", "Horror", "Music", "Mystery", "Romance", "Science Fiction", "TV Movie", "Thriller", "War",
            "Western", "Kids", "News", "Reality", "Soap", "Talk");

    /** TMDB TV genres and common Plex spellings, mapped to vocabulary entries. */
    static final Map<String, List<String>> ALIASES = Map.of(
            "action & adventure", List.of("Action", "Adventure"),
            "sci-fi & fantasy", List.of("Science Fiction", "Fantasy"),
            "war & politics", List.of("War"),
            "sci-fi", List.of("Science Fiction"),
            "science-fiction", List.of("Science Fiction"),
            "musical", List.of("Music"),
            "children", List.of("Kids"),
            "reality-tv", List.of("Reality"),
            "talk-show", List.of("Talk"),
            "suspense", List.of("Thriller"));

    @Override
    public List<String> slots() {
        List<String> slots = new ArrayList<>();
        VOCABULARY.forEach(g -> slots.add("genre_" + g.toLowerCase(Locale.ROOT).replace(' ', '_')));
        slots.add("genre_other");
        return slots;
    }

    @Override
    public void encode(MediaItem item, float[] out, int offset) {
        for (String genre : item.genres()) {
            String key = genre.strip().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                continue;
            }
            List<String> mapped = ALIASES.getOrDefault(key, List.of());
            if (mapped.isEmpty()) {
                int index = indexOf(key);
                if (index < 0) {
                    out[offset + VOCABULARY.size()] = 1f;
                    continue;
                }
                out[offset + index] = 1f;
            }
            for (String name : mapped) {
                out[offset + indexOf(name.toLowerCase(Locale.ROOT))] = 1f;
            }
        }
    }

    private static int indexOf(String lowerCaseGenre) {
        for (int i = 0; i < VOCABULARY.size(); i++) {
            if (VOCABULARY.get(i).toLowerCase(Locale.ROOT).equals(lowerCaseGenre)) {
                return i;
            }
        }
        return -1;
    }
}
