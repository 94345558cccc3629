package io.plexrecommend.recommender.catalog;

import io.plexrecommend.recommender.recommendation.UnknownItemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads single items for the API and the fragments. */
@ApplicationScoped
public class ItemCatalog {

    /** @throws UnknownItemException when no known (not removed) item has the id */
    @Transactional
    public ItemDetails details(String mediaId) {
        MediaItemEntity item = MediaItemEntity.findKnown(mediaId);
        if (item == null) {
            throw new UnknownItemException(mediaId);
        }
        return ItemDetails.of(item);
    }
}
