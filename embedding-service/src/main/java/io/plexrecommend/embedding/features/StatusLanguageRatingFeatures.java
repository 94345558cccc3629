package io.plexrecommend.embedding.features;

import io.plexrecommend.events.MediaItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The other categorical features: TMDB status one-hot, original language one-hot over the most common languages
 * (plus {@code other}), and content rating as one ordinal from kids (0) to adults (1) with a flag telling whether the
 * rating was recognised at all.
 */
final class StatusLanguageRatingFeatures implements FeatureEncoder {

    static final List<String> STATUSES = List.of("released", "returning", "ended", "canceled", "upcoming", "other");

    /** The most frequent original languages on TMDB (ISO 639-1; {@code cn} is TMDB's code for Cantonese). */
    static final List<String> LANGUAGES = List.of("en", "fr", "ja", "es", "it", "de", "ko", "zh", "cn", "hi", "ru",
            "pt", "sv");

    /** Movie (MPAA, BBFC, FSK-like numbers) and TV (US parental guidelines) ratings, kids to adults. */
    static final Map<String, Float> RATING_LEVELS = Map.ofEntries(
            Map.entry("g", 0f), Map.entry("tv-y", 0f), Map.entry("tv-g", 0f), Map.entry("u", 0f),
            Map.entry("0", 0f), Map.entry("6", 0.25f), Map.entry("tv-y7", 0.25f), Map.entry("tv-y7-fv", 0.25f),
            Map.entry("pg", 0.25f), Map.entry("tv-pg", 0.25f), Map.entry("pg-13", 0.5f), Map.entry("tv-14", 0.5f),
            Map.entry("12", 0.5f), Map.entry("12a", 0.5f), Map.entry("r", 0.75f), Map.entry("15", 0.75f),
            Map.entry("16", 0.75f), Map.entry("nc-17", 1f), Map.entry("tv-ma", 1f), Map.entry("18", 1f),
            Map.entry("r18", 1f), Map.entry("x", 1f));

    @Override
    public List<String> slots() {
        List<String> slots = new ArrayList<>();
        STATUSES.forEach(s -> slots.add("status_" + s));
        LANGUAGES.forEach(l -> slots.add("language_" + l));
        slots.add("language_other");
        slots.add("content_rating_level");
        slots.add("content_rating_known");
        return slots;
    }

    @Override
    public void encode(MediaItem item, float[] out, int offset) {
        out[offset + STATUSES.indexOf(statusGroup(item.status()))] = 1f;
        int languages = offset + STATUSES.size();
        String language = item.originalLanguage() == null ? "" : item.originalLanguage().strip()
                .toLowerCase(Locale.ROOT);
        if (!language.isEmpty()) {
            int index = LANGUAGES.indexOf(language);
            out[languages + (index < 0 ? LANGUAGES.size() : index)] = 1f;
        }
        int rating = languages + LANGUAGES.size() + 1;
        Float level = ratingLevel(item.contentRating());
        if (level != null) {
            out[rating] = level;
            out[rating + 1] = 1f;
        }
    }

    static String statusGroup(String status) {
        if (status == null) {
            return "other";
        }
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "released" -> "released";
            case "returning series" -> "returning";
            case "ended" -> "ended";
            case "canceled", "cancelled" -> "canceled";
            case "rumored", "planned", "in production", "post production", "pilot" -> "upcoming";
            default -> "other";
        };
    }

    /** Plex prefixes some ratings with a country ({@code gb/15}, {@code de/12}); the prefix is dropped. */
    static Float ratingLevel(String contentRating) {
        if (contentRating == null) {
            return null;
        }
        String rating = contentRating.strip().toLowerCase(Locale.ROOT);
        int slash = rating.lastIndexOf('/');
        return RATING_LEVELS.get(slash >= 0 ? rating.substring(slash + 1) : rating);
    }
}
