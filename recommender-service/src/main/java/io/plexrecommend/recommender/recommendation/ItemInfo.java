package io.plexrecommend.recommender.recommendation;

import io.plexrecommend.recommender.catalog.MediaItemEntity;
import java.util.List;

/** What filters and answers need of an item, kept in memory beside the model so a request reads no rows. */
public record ItemInfo(String mediaId, String type, String title, Integer year, Integer runtimeMinutes,
        List<String> genres, String contentRating, String language, boolean inLibrary, boolean removed) {

    static ItemInfo of(MediaItemEntity item) {
        return new ItemInfo(item.mediaId, item.type, item.title, item.year, item.runtimeMinutes,
                List.copyOf(item.genres), item.contentRating, item.originalLanguage, item.inLibrary, item.removed);
    }
}
