package io.plexrecommend.graph.messaging;

import io.plexrecommend.events.MediaGraphUpdatedEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes graph updates on {@code graph-triples}, keyed by media id. */
@ApplicationScoped
public class GraphUpdatePublisher {

    public static final String CHANNEL = "graph-triples-out";

    private final MutinyEmitter<Record<String, MediaGraphUpdatedEvent>> emitter;

    public GraphUpdatePublisher(@Channel(CHANNEL) MutinyEmitter<Record<String, MediaGraphUpdatedEvent>> emitter) {
        this.emitter = emitter;
    }

    /**
     * Sends and waits for the broker's acknowledgement, so the incoming event is acknowledged only once its graph
     * event is out (at least once, end to end).
     */
    public void publish(MediaGraphUpdatedEvent event) {
        emitter.sendAndAwait(Record.of(event.key(), event));
    }

    /** Sends many (a rebuild), a window at a time so the emitter's buffer never overflows; waits for every ack. */
    public void publishAll(List<MediaGraphUpdatedEvent> events) {
        Windowed.send(events, event -> emitter.send(Record.of(event.key(), event)));
    }
}
