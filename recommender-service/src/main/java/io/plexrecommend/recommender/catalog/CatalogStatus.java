package io.plexrecommend.recommender.catalog;

import io.plexrecommend.events.Topics;
import io.plexrecommend.recommender.storage.AppliedEventEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Counts for {@code GET /api/status}; embedded and in-graph count only items that are known (not removed). */
@ApplicationScoped
public class CatalogStatus {

    public record Counts(long itemsKnown, long itemsEmbedded, long itemsInGraph, long ratingsProcessed) {
    }

    private static final String KNOWN = "mediaId in (select m.mediaId from MediaItemEntity m where m.removed = false)";

    @Transactional
    public Counts counts() {
        return new Counts(
                MediaItemEntity.count("removed = false"),
                ItemEmbeddingEntity.count(KNOWN),
                ItemGraphEntity.count("tripleCount > 0 and " + KNOWN),
                AppliedEventEntity.count("topic", Topics.RATINGS));
    }
}
