package io.plexrecommend.recommender.recommendation;

import io.plexrecommend.events.MediaType;
import io.plexrecommend.recommender.catalog.ItemVector;
import io.plexrecommend.recommender.catalog.MediaItemEntity;
import io.plexrecommend.recommender.catalog.VectorIndex;
import io.plexrecommend.recommender.config.RecommenderConfig;
import io.plexrecommend.recommender.rating.RatingEntity;
import io.plexrecommend.recommender.validation.InvalidRequestException;
import io.plexrecommend.recommender.validation.Profiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Ranks the titles a profile has not rated. Cold start: the {@link Prior}. With ratings and vectors: cosine
 * similarity to the profile's {@link TasteProfile}, blended with the prior. A simple scorer until the learner
 * arrives; it reads everything per request, which is fine for a home library's few thousand titles.
 */
@ApplicationScoped
public class Recommender {

    static final String COLD_START_REASON = "popular and well rated";

    private final VectorIndex vectors;
    private final RecommenderConfig.Recommendations config;

    Recommender(VectorIndex vectors, RecommenderConfig config) {
        this.vectors = vectors;
        this.config = config.recommendations();
    }

    /** @param limit how many; null for the default, cut to the configured maximum */
    @Transactional
    public List<Recommendation> recommend(String profile, MediaType type, Integer limit) {
        return rank(profile, type, effectiveLimit(limit)).stream().map(Recommendation::of).toList();
    }

    /** The current (best) recommendation, with the item's metadata, or empty when nothing is left to recommend. */
    @Transactional
    public Optional<ScoredItem> top(String profile, MediaType type) {
        return rank(profile, type, 1).stream().findFirst();
    }

    int effectiveLimit(Integer limit) {
        if (limit == null) {
            return config.defaultLimit();
        }
        if (limit < 1) {
            throw new InvalidRequestException("limit must be at least 1, was " + limit);
        }
        return Math.min(limit, config.maxLimit());
    }

    private List<ScoredItem> rank(String profile, MediaType type, int limit) {
        Profiles.require(profile);
        List<RatingEntity> ratings = RatingEntity.listFor(profile);
        Set<String> rated = new HashSet<>();
        TasteProfile taste = new TasteProfile();
        for (RatingEntity rating : ratings) {
            rated.add(rating.mediaId);
            vectors.find(rating.mediaId).ifPresent(vector -> {
                boolean liked = rating.rating >= config.likedRating();
                MediaItemEntity item = liked ? MediaItemEntity.findById(rating.mediaId) : null;
                taste.add(vector, rating.rating, item == null ? null : item.title, liked);
            });
        }
        List<MediaItemEntity> candidates = MediaItemEntity.listKnown(type).stream()
                .filter(item -> !rated.contains(item.mediaId))
                .toList();
        Prior prior = Prior.over(candidates, config.priorVotes(), config.popularityWeight());
        return candidates.stream()
                .map(item -> score(item, prior, taste))
                .sorted(Comparator.comparingDouble(ScoredItem::score).reversed()
                        .thenComparing(scored -> scored.item().title)
                        .thenComparing(scored -> scored.item().mediaId))
                .limit(limit)
                .toList();
    }

    private ScoredItem score(MediaItemEntity item, Prior prior, TasteProfile taste) {
        double priorScore = prior.of(item);
        if (taste.isEmpty()) {
            return new ScoredItem(item, priorScore, COLD_START_REASON);
        }
        double weight = config.similarityWeight();
        Optional<ItemVector> vector = vectors.find(item.mediaId);
        // Similarity mapped to 0..1; without a comparable vector an item keeps only the prior's share.
        double personal = vector.flatMap(taste::similarity).map(similarity -> (similarity + 1) / 2).orElse(0.0);
        double score = weight * personal + (1 - weight) * priorScore;
        String reason = vector.flatMap(taste::closestLiked)
                .map(liked -> "close to " + liked.title() + ", which you rated " + liked.rating() + "/10")
                .orElse(COLD_START_REASON);
        return new ScoredItem(item, score, reason);
    }
}
