package io.plexrecommend.embedding.messaging;

import io.plexrecommend.embedding.media.EmbeddingSink;
import io.plexrecommend.events.MediaEmbeddedEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes embeddings to {@code media-embeddings}, keyed by media id, and waits for the broker's acks. */
@ApplicationScoped
public class KafkaEmbeddingSink implements EmbeddingSink {

    static final String CHANNEL = "media-embeddings-out";

    private final MutinyEmitter<Record<String, MediaEmbeddedEvent>> emitter;

    public KafkaEmbeddingSink(@Channel(CHANNEL) MutinyEmitter<Record<String, MediaEmbeddedEvent>> emitter) {
        this.emitter = emitter;
    }

    @Override
    public void publishAll(List<MediaEmbeddedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        // All records are handed to the producer in list order (one producer, idempotent: order per partition is
        // kept), then the acks are awaited together. Waiting means the cache only remembers written embeddings and
        // the incoming offsets are committed only after the embeddings are on the broker.
        List<Uni<Void>> sends = events.stream()
                .map(event -> emitter.send(Record.of(event.key(), event)).memoize().indefinitely())
                .toList();
        sends.forEach(send -> send.subscribe().with(ignored -> { }, failure -> { }));
        Uni.join().all(sends).andFailFast().await().indefinitely();
    }
}
