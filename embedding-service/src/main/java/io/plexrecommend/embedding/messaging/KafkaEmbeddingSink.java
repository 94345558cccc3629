package io.plexrecommend.embedding.messaging;

import io.plexrecommend.embedding.media.EmbeddingSink;
import io.plexrecommend.events.MediaEmbeddedEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes embeddings to {@code media-embeddings}, keyed by media id, and waits for the broker's ack. */
@ApplicationScoped
public class KafkaEmbeddingSink implements EmbeddingSink {

    static final String CHANNEL = "media-embeddings-out";

    private final MutinyEmitter<Record<String, MediaEmbeddedEvent>> emitter;

    public KafkaEmbeddingSink(@Channel(CHANNEL) MutinyEmitter<Record<String, MediaEmbeddedEvent>> emitter) {
        this.emitter = emitter;
    }

    @Override
    public void publish(MediaEmbeddedEvent event) {
        // Waiting for the ack: the hash cache then remembers only embeddings that were really written, and the
        // incoming offset is committed only after the embedding is on the broker.
        emitter.sendAndAwait(Record.of(event.key(), event));
    }
}
