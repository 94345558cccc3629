package io.plexrecommend.recommender.catalog;

import io.plexrecommend.events.GraphEmbeddedEvent;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.MediaEmbeddedEvent;
import io.plexrecommend.events.MediaGraphUpdatedEvent;
import io.plexrecommend.events.MediaItemEvent;
import io.plexrecommend.events.MediaRemovedEvent;
import io.plexrecommend.events.Topics;
import io.plexrecommend.recommender.storage.StateWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Applies item, embedding and graph events to the catalog, each event once. */
@ApplicationScoped
public class CatalogHandler {

    private final StateWriter writer;
    private final Event<ItemChanged> itemChanged;

    CatalogHandler(StateWriter writer, Event<ItemChanged> itemChanged) {
        this.writer = writer;
        this.itemChanged = itemChanged;
    }

    public boolean handle(MediaItemEvent event) {
        return writer.applyOnce(event.eventId(), Topics.MEDIA_ITEMS, () -> {
            if (event instanceof MediaDiscoveredEvent discovered) {
                upsert(discovered);
            } else if (event instanceof MediaRemovedEvent removed) {
                markRemoved(removed);
            }
            itemChanged.fire(new ItemChanged(event.mediaId()));
        });
    }

    public boolean handle(GraphEmbeddedEvent event) {
        return writer.applyOnce(event.eventId(), Topics.GRAPH_EMBEDDINGS, () -> {
            GraphVectorEntity graph = GraphVectorEntity.findById(event.mediaId());
            if (graph == null) {
                graph = new GraphVectorEntity();
                graph.mediaId = event.mediaId();
            } else if (isOlder(event.trainedAt(), graph.trainedAt)) {
                return;
            }
            graph.modelId = event.modelId();
            graph.trainedAt = event.trainedAt();
            graph.dimension = event.dimension();
            graph.vector = FloatVectors.toBytes(event.vector());
            graph.updatedAt = event.occurredAt();
            graph.persist();
            itemChanged.fire(new ItemChanged(event.mediaId()));
        });
    }

    public boolean handle(MediaEmbeddedEvent event) {
        return writer.applyOnce(event.eventId(), Topics.MEDIA_EMBEDDINGS, () -> {
            ItemEmbeddingEntity embedding = ItemEmbeddingEntity.findById(event.mediaId());
            if (embedding == null) {
                embedding = new ItemEmbeddingEntity();
                embedding.mediaId = event.mediaId();
            } else if (isOlder(event.occurredAt(), embedding.updatedAt)) {
                return;
            }
            embedding.modelId = event.modelId();
            embedding.dimension = event.dimension();
            embedding.vector = FloatVectors.toBytes(event.vector());
            embedding.contentHash = event.contentHash();
            embedding.featureSchema = event.featureSchema();
            embedding.features = event.features() == null ? null : FloatVectors.toBytes(event.features());
            embedding.updatedAt = event.occurredAt();
            embedding.persist();
            itemChanged.fire(new ItemChanged(event.mediaId()));
        });
    }

    public boolean handle(MediaGraphUpdatedEvent event) {
        return writer.applyOnce(event.eventId(), Topics.GRAPH_TRIPLES, () -> {
            ItemGraphEntity graph = ItemGraphEntity.findById(event.mediaId());
            if (graph == null) {
                graph = new ItemGraphEntity();
                graph.mediaId = event.mediaId();
            } else if (isOlder(event.occurredAt(), graph.updatedAt)) {
                return;
            }
            graph.tripleCount = event.tripleCount();
            graph.updatedAt = event.occurredAt();
            graph.persist();
        });
    }

    private void upsert(MediaDiscoveredEvent event) {
        MediaItemEntity item = MediaItemEntity.findById(event.mediaId());
        if (item == null) {
            item = new MediaItemEntity();
            item.mediaId = event.mediaId();
        } else if (isOlder(event.occurredAt(), item.updatedAt)) {
            return;
        }
        item.copyFrom(event.item());
        item.removed = false;
        item.updatedAt = event.occurredAt();
        item.persist();
    }

    private void markRemoved(MediaRemovedEvent event) {
        MediaItemEntity item = MediaItemEntity.findById(event.mediaId());
        if (item != null && !isOlder(event.occurredAt(), item.updatedAt)) {
            item.removed = true;
            item.updatedAt = event.occurredAt();
        }
    }

    /**
     * Events of one key arrive in order, but a replay of an old event must not undo a newer state. Stored times are
     * milliseconds, so the event's time is compared at that precision.
     */
    private static boolean isOlder(Instant occurredAt, Instant current) {
        return current != null && occurredAt.truncatedTo(ChronoUnit.MILLIS).isBefore(current);
    }
}
