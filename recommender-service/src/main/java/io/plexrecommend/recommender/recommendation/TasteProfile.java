package io.plexrecommend.recommender.recommendation;

import io.plexrecommend.recommender.catalog.ItemVector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A profile's taste in each embedding model's space: the sum over rated items of (rating − 5.5) × item vector, so
 * loved titles pull toward themselves and hated ones push away. Also remembers the liked titles, to explain.
 */
final class TasteProfile {

    /** The midpoint of the 1–10 scale: a rating above it is a vote for, below it a vote against. */
    static final double NEUTRAL_RATING = 5.5;

    record Liked(String title, int rating, ItemVector vector) {
    }

    private final Map<String, double[]> directions = new HashMap<>();
    private final List<Liked> liked = new ArrayList<>();

    void add(ItemVector vector, int rating, String title, boolean isLiked) {
        double[] direction = directions.computeIfAbsent(vector.modelId() + "#" + vector.values().length,
                k -> new double[vector.values().length]);
        double weight = rating - NEUTRAL_RATING;
        float[] values = vector.values();
        for (int i = 0; i < values.length; i++) {
            direction[i] += weight * values[i];
        }
        if (isLiked && title != null) {
            liked.add(new Liked(title, rating, vector));
        }
    }

    boolean isEmpty() {
        return directions.isEmpty();
    }

    /** Cosine similarity between the item and this taste, if the profile has rated anything in the item's model. */
    Optional<Double> similarity(ItemVector item) {
        double[] direction = directions.get(item.modelId() + "#" + item.values().length);
        if (direction == null) {
            return Optional.empty();
        }
        double dot = 0;
        double norm = 0;
        float[] values = item.values();
        for (int i = 0; i < values.length; i++) {
            dot += direction[i] * values[i];
            norm += direction[i] * direction[i];
        }
        return norm == 0 || item.norm() == 0 ? Optional.empty() : Optional.of(dot / (Math.sqrt(norm) * item.norm()));
    }

    /** The liked title nearest to the item, for "close to The Matrix, which you rated 9/10". */
    Optional<Liked> closestLiked(ItemVector item) {
        Liked best = null;
        double bestSimilarity = Double.NEGATIVE_INFINITY;
        for (Liked candidate : liked) {
            if (!candidate.vector().comparableWith(item.modelId(), item.values().length)) {
                continue;
            }
            double similarity = cosine(candidate.vector(), item);
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    static double cosine(ItemVector a, ItemVector b) {
        if (a.norm() == 0 || b.norm() == 0) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < a.values().length; i++) {
            dot += (double) a.values()[i] * b.values()[i];
        }
        return dot / (a.norm() * b.norm());
    }
}
