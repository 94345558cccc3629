package io.plexrecommend.recommender.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Items of the catalog whose text vector is missing or old: what the vector duty asks embedding-service for. */
@ApplicationScoped
public class VectorGaps {

    private static final String MISSING =
            "removed = false and mediaId not in (select e.mediaId from ItemEmbeddingEntity e)";
    private static final String STALE = "updatedAt < ?1 and mediaId in "
            + "(select m.mediaId from MediaItemEntity m where m.removed = false)";

    @Transactional
    public List<String> missing() {
        return MediaItemEntity.<MediaItemEntity>list(MISSING + " order by mediaId").stream()
                .map(item -> item.mediaId).toList();
    }

    @Transactional
    public List<String> staleBefore(Instant before) {
        return ItemEmbeddingEntity.<ItemEmbeddingEntity>list(STALE + " order by mediaId", before).stream()
                .map(embedding -> embedding.mediaId).toList();
    }
}
