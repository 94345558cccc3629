package io.plexrecommend.graph.messaging;

import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.MediaEmbeddedEvent;
import io.plexrecommend.events.Topics;
import io.plexrecommend.graph.embedding.GraphChanges;
import io.plexrecommend.graph.embedding.TextVectors;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code media-embeddings} into {@link TextVectors}, from the beginning at every start (a consumer group of
 * its own per process, see application.properties): the compacted topic is where the vectors live. An unreadable
 * event goes to {@code media-embeddings-dlq} like on every other topic.
 */
@ApplicationScoped
public class MediaEmbeddingsConsumer {

    private final TextVectors vectors;
    private final GraphChanges changes;

    public MediaEmbeddingsConsumer(TextVectors vectors, GraphChanges changes) {
        this.vectors = vectors;
        this.changes = changes;
    }

    @Incoming(Topics.MEDIA_EMBEDDINGS)
    public void consume(String payload) {
        MediaEmbeddedEvent event = EventCodec.decode(payload, MediaEmbeddedEvent.class);
        if (vectors.put(event.mediaId(), event.vector())) {
            changes.textVectorsChanged();
        }
    }
}
