package io.plexrecommend.recommender.rest;

import io.plexrecommend.recommender.catalog.ItemDetails;
import io.plexrecommend.recommender.recommendation.Recommendation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What a recommendation card shows, already worded for people; Qute escapes every value. */
public record CardView(String mediaId, String encodedId, String type, String title, Integer year, String runtime,
        String genres, String contentRating, String summary, String explanation) {

    static final List<Integer> RATINGS = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

    static CardView of(ItemDetails item, Recommendation recommendation) {
        String summary = item.summary() != null && !item.summary().isBlank() ? item.summary() : item.tagline();
        return new CardView(item.mediaId(), encode(item.mediaId()), item.type(), item.title(), item.year(),
                runtime(item.runtimeMinutes()), String.join(", ", item.genres()), item.contentRating(), summary,
                recommendation == null ? null : recommendation.explanation().text());
    }

    public List<Integer> ratings() {
        return RATINGS;
    }

    static String encode(String mediaId) {
        return URLEncoder.encode(mediaId, StandardCharsets.UTF_8);
    }

    static String runtime(Integer minutes) {
        if (minutes == null || minutes <= 0) {
            return null;
        }
        return minutes < 60 ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
    }
}
