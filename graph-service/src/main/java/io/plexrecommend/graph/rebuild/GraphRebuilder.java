package io.plexrecommend.graph.rebuild;

import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.InvalidEventException;
import io.plexrecommend.events.MediaItemEvent;
import io.plexrecommend.graph.messaging.MediaItemsReader;
import io.plexrecommend.graph.service.MediaGraphService;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Rebuilds the graph from the start of {@code media-items} (compacted: the latest event of every item) on a worker
 * thread of its own: reads everything, then replaces the whole dataset and republishes every item's triples. Events
 * the channel delivers meanwhile wait for the replacement and are applied after it, so nothing is lost. Records that
 * cannot be read are skipped here: the channel has already moved them to {@code media-items-dlq}.
 */
@ApplicationScoped
public class GraphRebuilder {

    private static final Logger LOG = Logger.getLogger(GraphRebuilder.class);

    private final MediaGraphService service;
    private final MediaItemsReader reader;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "graph-rebuild"));
    private final AtomicReference<RebuildState> state = new AtomicReference<>(RebuildState.idle());

    public GraphRebuilder(MediaGraphService service,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.service = service;
        this.reader = new MediaItemsReader(bootstrapServers);
    }

    /** Starts a rebuild unless one is running; returns the state of the running one either way. */
    public synchronized RebuildState start(String reason) {
        RebuildState current = state.get();
        if (current.isRunning()) {
            return current;
        }
        RebuildState running = RebuildState.running(reason);
        state.set(running);
        worker.execute(() -> run(running));
        return running;
    }

    /** Starts a rebuild if the graph is empty but {@code media-items} is not (the store was lost or deleted). */
    public void startIfEmpty() {
        worker.execute(() -> {
            if (service.isEmpty() && reader.hasRecords()) {
                LOG.info("The graph store is empty but media-items is not: rebuilding");
                start("empty store at start");
            }
        });
    }

    public RebuildState state() {
        return state.get();
    }

    private void run(RebuildState running) {
        try {
            Map<String, String> latest = reader.latestByKey();
            List<MediaItemEvent> events = new ArrayList<>(latest.size());
            int skipped = 0;
            for (Map.Entry<String, String> record : latest.entrySet()) {
                try {
                    events.add(EventCodec.decode(record.getValue(), MediaItemEvent.class));
                } catch (InvalidEventException e) {
                    skipped++;
                    LOG.debugf("rebuild skips unreadable record %s: %s", record.getKey(), e.getMessage());
                }
            }
            int items = service.replaceAll(events);
            state.set(running.completed(items, skipped));
            LOG.infof("Rebuilt the graph from media-items: %d items, %d unreadable records skipped", items, skipped);
        } catch (RuntimeException e) {
            state.set(running.failed(e.getMessage()));
            LOG.errorf(e, "Rebuilding the graph from media-items failed");
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
