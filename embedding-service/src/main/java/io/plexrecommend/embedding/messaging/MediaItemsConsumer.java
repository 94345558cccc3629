package io.plexrecommend.embedding.messaging;

import io.plexrecommend.embedding.media.MediaItemHandler;
import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.MediaItemEvent;
import io.plexrecommend.events.Topics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code media-items}. Inference runs on a worker thread, never the event loop; an unreadable event throws
 * {@code InvalidEventException}, so it is nacked and goes to {@code media-items-dlq} with its reason.
 */
@ApplicationScoped
public class MediaItemsConsumer {

    static final String CHANNEL = Topics.MEDIA_ITEMS;

    private final MediaItemHandler handler;

    public MediaItemsConsumer(MediaItemHandler handler) {
        this.handler = handler;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(String payload) {
        handler.handle(EventCodec.decode(payload, MediaItemEvent.class));
    }
}
