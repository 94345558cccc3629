package io.plexrecommend.graph.messaging;

import io.plexrecommend.events.GraphEmbeddedEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes a training run's vectors on {@code graph-embeddings}, keyed by media id. */
@ApplicationScoped
public class GraphEmbeddingPublisher {

    public static final String CHANNEL = "graph-embeddings-out";

    private final MutinyEmitter<Record<String, GraphEmbeddedEvent>> emitter;

    public GraphEmbeddingPublisher(@Channel(CHANNEL) MutinyEmitter<Record<String, GraphEmbeddedEvent>> emitter) {
        this.emitter = emitter;
    }

    /** Sends every vector of a run and waits until the broker has them all. */
    public void publishAll(List<GraphEmbeddedEvent> events) {
        Windowed.send(events, event -> emitter.send(Record.of(event.key(), event)));
    }
}
