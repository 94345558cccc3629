package io.plexrecommend.graph;

import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.graph.entities.EntityExtractor;
import io.plexrecommend.graph.mapping.MediaGraphMapper;
import java.util.List;

/** Items for tests, shaped like the scanner's. */
public final class TestItems {

    /** The real OpenNLP models, loaded once for all plain unit tests. */
    public static final EntityExtractor ENTITIES = new EntityExtractor(20);

    public static MediaGraphMapper mapper(int maxCast, int maxKeywords) {
        return new MediaGraphMapper(maxCast, maxKeywords, ENTITIES);
    }

    public static MediaItem.Builder movie(String mediaId) {
        return MediaItem.builder().mediaId(mediaId).type(MediaType.MOVIE).source("demo").title("The Matrix")
                .year(1999).genres(List.of("Action", "Science Fiction"))
                .keywords(List.of("artificial intelligence", "virtual reality"))
                .cast(List.of("Keanu Reeves", "Carrie-Anne Moss")).directors(List.of("Lana Wachowski"))
                .studios(List.of("Warner Bros. Pictures")).collection("The Matrix Collection");
    }

    public static MediaItem.Builder show(String mediaId) {
        return MediaItem.builder().mediaId(mediaId).type(MediaType.SHOW).source("demo").title("Twin Peaks")
                .year(1990).genres(List.of("Mystery", "Drama")).cast(List.of("Kyle MacLachlan"))
                .creators(List.of("David Lynch", "Mark Frost"));
    }

    private TestItems() {
    }
}
