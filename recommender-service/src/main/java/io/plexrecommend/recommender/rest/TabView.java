package io.plexrecommend.recommender.rest;

import io.plexrecommend.recommender.catalog.MediaItemEntity;
import io.plexrecommend.recommender.recommendation.ScoredItem;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** What the tab fragment shows of the current recommendation, already worded for people. */
public record TabView(String mediaId, String title, Integer year, String runtime, String genres,
        String contentRating, String summary, String initials, String reason, List<RatingButton> buttons) {

    /** One of the 1–10 buttons; {@code vals} is the JSON htmx posts to ui-service. */
    public record RatingButton(int rating, String vals) {
    }

    static TabView of(ScoredItem scored) {
        MediaItemEntity item = scored.item();
        List<RatingButton> buttons = IntStream.rangeClosed(1, 10)
                .mapToObj(r -> new RatingButton(r, "{\"mediaId\":\"" + item.mediaId + "\",\"rating\":\"" + r + "\"}"))
                .toList();
        String summary = item.overview != null && !item.overview.isBlank() ? item.overview : item.tagline;
        return new TabView(item.mediaId, item.title, item.year, runtime(item.runtimeMinutes),
                String.join(", ", item.genres), item.contentRating, summary, initials(item.title), scored.reason(),
                buttons);
    }

    static String runtime(Integer minutes) {
        if (minutes == null || minutes <= 0) {
            return null;
        }
        return minutes < 60 ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
    }

    /** Up to two initials for the poster placeholder: "The Matrix" → "TM". */
    static String initials(String title) {
        StringBuilder initials = new StringBuilder();
        for (String word : title.trim().split("\\s+")) {
            int first = word.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse(-1);
            if (first >= 0) {
                initials.appendCodePoint(first);
            }
            if (initials.codePointCount(0, initials.length()) == 2) {
                break;
            }
        }
        return initials.length() == 0 ? "?" : initials.toString().toUpperCase(Locale.ROOT);
    }
}
