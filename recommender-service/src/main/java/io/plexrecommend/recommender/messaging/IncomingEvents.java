package io.plexrecommend.recommender.messaging;

import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.GraphEmbeddedEvent;
import io.plexrecommend.events.MediaEmbeddedEvent;
import io.plexrecommend.events.MediaGraphUpdatedEvent;
import io.plexrecommend.events.MediaItemEvent;
import io.plexrecommend.events.RatingEvent;
import io.plexrecommend.events.Topics;
import io.plexrecommend.recommender.catalog.CatalogHandler;
import io.plexrecommend.recommender.rating.RatingHandler;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Transport only: decodes each topic's records and hands them to the handlers. An unreadable record throws
 * {@link io.plexrecommend.events.InvalidEventException}, which nacks it into {@code <topic>-dlq} with the reason.
 */
@ApplicationScoped
public class IncomingEvents {

    static final String MEDIA_ITEMS = Topics.MEDIA_ITEMS;
    static final String MEDIA_EMBEDDINGS = Topics.MEDIA_EMBEDDINGS;
    static final String GRAPH_TRIPLES = Topics.GRAPH_TRIPLES;
    static final String GRAPH_EMBEDDINGS = Topics.GRAPH_EMBEDDINGS;
    static final String RATINGS = Topics.RATINGS;

    private final CatalogHandler catalog;
    private final RatingHandler ratings;

    IncomingEvents(CatalogHandler catalog, RatingHandler ratings) {
        this.catalog = catalog;
        this.ratings = ratings;
    }

    @Incoming(MEDIA_ITEMS)
    @Blocking
    public void mediaItem(String payload) {
        catalog.handle(EventCodec.decode(payload, MediaItemEvent.class));
    }

    @Incoming(MEDIA_EMBEDDINGS)
    @Blocking
    public void mediaEmbedding(String payload) {
        catalog.handle(EventCodec.decode(payload, MediaEmbeddedEvent.class));
    }

    @Incoming(GRAPH_TRIPLES)
    @Blocking
    public void graphUpdate(String payload) {
        catalog.handle(EventCodec.decode(payload, MediaGraphUpdatedEvent.class));
    }

    @Incoming(GRAPH_EMBEDDINGS)
    @Blocking
    public void graphEmbedding(String payload) {
        catalog.handle(EventCodec.decode(payload, GraphEmbeddedEvent.class));
    }

    @Incoming(RATINGS)
    @Blocking
    public void rating(String payload) {
        ratings.handle(EventCodec.decode(payload, RatingEvent.class));
    }
}
