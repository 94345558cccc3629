package io.plexrecommend.graph.service;

import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.MediaGraphUpdatedEvent;
import io.plexrecommend.events.MediaItemEvent;
import io.plexrecommend.events.MediaRemovedEvent;
import io.plexrecommend.graph.mapping.MediaGraphMapper;
import io.plexrecommend.graph.messaging.GraphUpdatePublisher;
import io.plexrecommend.graph.store.GraphCompactor;
import io.plexrecommend.graph.store.GraphStore;
import io.plexrecommend.graph.store.ItemGraph;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Applies media events to the graph and announces the result. The graph event is derived from the stored state, not
 * from the incoming event, so a replayed or duplicated event publishes the same triples again and changes nothing;
 * publishing also after an unchanged write lets a redelivery finish a publish that a crash interrupted.
 */
@ApplicationScoped
public class MediaGraphService {

    private static final Logger LOG = Logger.getLogger(MediaGraphService.class);

    private final GraphStore store;
    private final MediaGraphMapper mapper;
    private final GraphUpdatePublisher publisher;
    private final GraphCompactor compactor;

    public MediaGraphService(GraphStore store, MediaGraphMapper mapper, GraphUpdatePublisher publisher,
            GraphCompactor compactor) {
        this.store = store;
        this.mapper = mapper;
        this.publisher = publisher;
        this.compactor = compactor;
    }

    public MediaGraphUpdatedEvent apply(MediaItemEvent event) {
        // Java 17 has no pattern matching for switch; the interface is sealed to these two.
        MediaGraphUpdatedEvent update = event instanceof MediaDiscoveredEvent discovered
                ? discovered(discovered)
                : removed((MediaRemovedEvent) event);
        publisher.publish(update);
        // After the publish, so the update is out before a compaction makes the next event wait; never throws.
        compactor.afterWrite();
        return update;
    }

    private MediaGraphUpdatedEvent discovered(MediaDiscoveredEvent event) {
        String mediaId = event.mediaId();
        boolean changed = store.replace(mediaId, mapper.toModel(event.item()));
        ItemGraph graph = store.find(mediaId)
                .orElseThrow(() -> new IllegalStateException("graph of " + mediaId + " missing after write"));
        LOG.debugf("%s: %d triples (%s)", mediaId, graph.tripleCount(), changed ? "changed" : "unchanged");
        return MediaGraphUpdatedEvent.of(mediaId, graph.graphIri(), graph.tripleCount(), graph.nTriples());
    }

    private MediaGraphUpdatedEvent removed(MediaRemovedEvent event) {
        String mediaId = event.mediaId();
        boolean existed = store.remove(mediaId);
        LOG.debugf("%s removed from the graph (%s)", mediaId, existed ? "had a graph" : "had none");
        return MediaGraphUpdatedEvent.of(mediaId, GraphStore.graphIri(mediaId), 0, "");
    }
}
