package io.plexrecommend.graph.messaging;

import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.MediaItemEvent;
import io.plexrecommend.events.Topics;
import io.plexrecommend.graph.service.MediaGraphService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code media-items}. An unreadable event throws {@link io.plexrecommend.events.InvalidEventException}: the
 * message is nacked and the connector moves it to {@code media-items-dlq} with the reason, then carries on.
 */
@ApplicationScoped
public class MediaItemsConsumer {

    private final MediaGraphService service;

    public MediaItemsConsumer(MediaGraphService service) {
        this.service = service;
    }

    @Incoming(Topics.MEDIA_ITEMS)
    @Blocking
    public void consume(String payload) {
        service.apply(EventCodec.decode(payload, MediaItemEvent.class));
    }
}
