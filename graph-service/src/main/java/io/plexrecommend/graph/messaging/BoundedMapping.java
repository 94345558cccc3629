package io.plexrecommend.graph.messaging;

import io.plexrecommend.events.MediaItemEvent;
import io.plexrecommend.graph.config.GraphConfig;
import io.plexrecommend.graph.service.MediaGraphService;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.apache.jena.rdf.model.Model;

/**
 * Maps one event to its graph within {@code graph.max-mapping-time}. Entity extraction (OpenNLP) cannot be
 * interrupted, so a mapping that overruns is abandoned, not stopped: its thread finishes on its own (the extractor
 * reads at most a few KB, so it does finish) while the consumer goes on. Threads are made as needed, so an abandoned
 * one never blocks the next mapping.
 */
@ApplicationScoped
public class BoundedMapping {

    private final MediaGraphService service;
    private final Duration limit;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "graph-mapping");
        thread.setDaemon(true);
        return thread;
    });

    public BoundedMapping(MediaGraphService service, GraphConfig config) {
        this.service = service;
        this.limit = config.maxMappingTime();
    }

    /**
     * The event's graph (empty for a removal).
     *
     * @throws UnmappableEventException when the mapping fails or overruns, with the reason in words
     */
    public Optional<Model> graphOf(MediaItemEvent event) {
        Future<Optional<Model>> mapping = threads.submit(() -> service.graphOf(event));
        try {
            return mapping.get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            mapping.cancel(true);
            throw new UnmappableEventException("mapping " + event.mediaId() + " to triples took longer than "
                    + limit.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new UnmappableEventException("cannot map " + event.mediaId() + " to triples: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while mapping " + event.mediaId(), e);
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }

    /** An event this service cannot turn into a graph; its record belongs in the dead-letter topic. */
    public static final class UnmappableEventException extends RuntimeException {
        UnmappableEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
