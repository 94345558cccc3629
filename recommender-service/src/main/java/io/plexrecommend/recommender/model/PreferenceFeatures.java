package io.plexrecommend.recommender.model;

import java.util.List;
import java.util.Locale;

/**
 * The small, always-available item vector the per-profile Bayesian head learns on: a bias, the genres (TMDB's movie
 * and TV genres, multi-hot, scaled so that an item's genres sum to one), the era, and how widely seen and well rated
 * the title is. Small on purpose: the posterior is exact (a d×d matrix) and cheap to sample per request.
 */
public final class PreferenceFeatures {

    static final List<String> GENRES = List.of("action", "adventure", "animation", "comedy", "crime",
            "documentary", "drama", "family", "fantasy", "history", "horror", "music", "mystery", "romance",
            "science fiction", "thriller", "war", "western", "tv movie", "kids", "reality");
    static final int[] ERAS = {1970, 1980, 1990, 2000, 2010};
    public static final int DIMENSION = 1 + GENRES.size() + ERAS.length + 1 + 2;

    private PreferenceFeatures() {
    }

    public static double[] of(ModelItem item) {
        double[] x = new double[DIMENSION];
        x[0] = 1;
        int matched = 0;
        for (String genre : item.genres()) {
            int g = GENRES.indexOf(canonical(genre));
            if (g >= 0) {
                matched++;
            }
        }
        for (String genre : item.genres()) {
            int g = GENRES.indexOf(canonical(genre));
            if (g >= 0) {
                x[1 + g] = 1.0 / Math.sqrt(matched);
            }
        }
        int era = 1 + GENRES.size();
        if (item.year() != null) {
            int bucket = 0;
            while (bucket < ERAS.length && item.year() >= ERAS[bucket]) {
                bucket++;
            }
            x[era + bucket] = 1;
        }
        int numbers = era + ERAS.length + 1;
        double votes = item.voteCount() == null ? 0 : Math.max(0, item.voteCount());
        x[numbers] = Math.log10(1 + votes) / 5;
        x[numbers + 1] = item.voteAverage() == null ? 0 : (item.voteAverage() - 6.5) / 2;
        return x;
    }

    private static String canonical(String genre) {
        String g = genre.trim().toLowerCase(Locale.ROOT);
        return switch (g) {
            case "sci-fi", "science-fiction", "sci-fi & fantasy" -> "science fiction";
            case "action & adventure" -> "action";
            case "children" -> "kids";
            case "musical" -> "music";
            default -> g;
        };
    }
}
