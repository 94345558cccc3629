package io.plexrecommend.graph.service;

import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.MediaGraphUpdatedEvent;
import io.plexrecommend.events.MediaItemEvent;
import io.plexrecommend.graph.embedding.GraphChanges;
import io.plexrecommend.graph.mapping.MediaGraphMapper;
import io.plexrecommend.graph.messaging.GraphUpdatePublisher;
import io.plexrecommend.graph.store.GraphCompactor;
import io.plexrecommend.graph.store.GraphStore;
import io.plexrecommend.graph.store.ItemGraph;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.jena.rdf.model.Model;
import org.jboss.logging.Logger;

/**
 * Applies media events to the graph and announces the result. The graph event is derived from the stored state, not
 * from the incoming event, so a replayed or duplicated event publishes the same triples again and changes nothing;
 * publishing also after an unchanged write lets a redelivery finish a publish that a crash interrupted.
 *
 * <p>Single events and whole rebuilds take turns (one lock), so a rebuild never interleaves with an event.
 */
@ApplicationScoped
public class MediaGraphService {

    private static final Logger LOG = Logger.getLogger(MediaGraphService.class);
    /** Items per write transaction in a rebuild. */
    private static final int REBUILD_BATCH = 500;

    private final GraphStore store;
    private final MediaGraphMapper mapper;
    private final GraphUpdatePublisher publisher;
    private final GraphCompactor compactor;
    private final GraphChanges changes;
    private final ReentrantLock writing = new ReentrantLock();

    public MediaGraphService(GraphStore store, MediaGraphMapper mapper, GraphUpdatePublisher publisher,
            GraphCompactor compactor, GraphChanges changes) {
        this.store = store;
        this.mapper = mapper;
        this.publisher = publisher;
        this.compactor = compactor;
        this.changes = changes;
    }

    /**
     * Applies a batch of events in one write transaction, in order (a later event of the same item wins), then
     * publishes every touched item's graph as stored and waits for the broker, so the batch is acknowledged only
     * once its updates are out (at least once, end to end).
     *
     * @return the published updates, one per item in the batch
     */
    public List<MediaGraphUpdatedEvent> apply(List<MediaItemEvent> events) {
        Map<String, Model> latest = new LinkedHashMap<>();
        for (MediaItemEvent event : events) {
            latest.remove(event.mediaId());
            latest.put(event.mediaId(), graphOf(event).orElse(null));
        }
        return applyGraphs(latest);
    }

    /**
     * The graph an event asks for, empty for a removal. Separate from {@link #applyGraphs} so that a caller can
     * dead-letter the one event that cannot be mapped and still apply the rest of its batch.
     */
    public Optional<Model> graphOf(MediaItemEvent event) {
        // Java 17 has no pattern matching for switch; the interface is sealed to these two.
        return event instanceof MediaDiscoveredEvent discovered
                ? Optional.of(mapper.toModel(discovered.item()))
                : Optional.empty();
    }

    /**
     * Makes each item's graph the given one ({@code null}: removed) in one write transaction, then publishes and
     * waits as {@link #apply} says.
     */
    public List<MediaGraphUpdatedEvent> applyGraphs(Map<String, Model> latest) {
        if (latest.isEmpty()) {
            return List.of();
        }
        writing.lock();
        try {
            int changed = store.apply(latest);
            if (changed > 0) {
                changes.graphChanged();
            }
            List<MediaGraphUpdatedEvent> updates = new ArrayList<>(latest.size());
            latest.forEach((mediaId, model) -> updates.add(model == null
                    ? removal(mediaId)
                    : store.find(mediaId).map(MediaGraphService::updateOf).orElseThrow(() ->
                            new IllegalStateException("graph of " + mediaId + " missing after write"))));
            LOG.debugf("%d items, %d changed", latest.size(), changed);
            publisher.publishAll(updates);
            // After the publish, so the updates are out before a compaction makes the next batch wait; never throws.
            compactor.afterWrite();
            return updates;
        } finally {
            writing.unlock();
        }
    }

    /**
     * Makes {@code events} (the latest event of every item) the whole graph: items they do not mention, or mention
     * as removed, are dropped. Publishes every item's graph, and an empty one for every item dropped.
     *
     * @return the number of items in the graph afterwards
     */
    public int replaceAll(List<MediaItemEvent> events) {
        Map<String, Model> models = new LinkedHashMap<>();
        for (MediaItemEvent event : events) {
            if (event instanceof MediaDiscoveredEvent discovered) {
                models.put(discovered.mediaId(), mapper.toModel(discovered.item()));
            }
        }
        writing.lock();
        try {
            Set<String> before = store.mediaIds();
            store.replaceAll(models, REBUILD_BATCH);
            changes.graphChanged();
            List<MediaGraphUpdatedEvent> updates = new ArrayList<>(models.size());
            for (String mediaId : models.keySet()) {
                store.find(mediaId).map(MediaGraphService::updateOf).ifPresent(updates::add);
            }
            before.stream().filter(id -> !models.containsKey(id)).map(MediaGraphService::removal)
                    .forEach(updates::add);
            publisher.publishAll(updates);
            compactor.now("after a rebuild");
            return models.size();
        } finally {
            writing.unlock();
        }
    }

    public boolean isEmpty() {
        return store.isEmpty();
    }

    private static MediaGraphUpdatedEvent updateOf(ItemGraph graph) {
        return MediaGraphUpdatedEvent.of(graph.mediaId(), graph.graphIri(), graph.tripleCount(), graph.nTriples());
    }

    private static MediaGraphUpdatedEvent removal(String mediaId) {
        return MediaGraphUpdatedEvent.of(mediaId, GraphStore.graphIri(mediaId), 0, "");
    }
}
