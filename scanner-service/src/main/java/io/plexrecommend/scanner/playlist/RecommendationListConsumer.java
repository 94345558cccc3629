package io.plexrecommend.scanner.playlist;

import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.RecommendationListUpdatedEvent;
import io.plexrecommend.events.Topics;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code recommendation-lists}: keeps each profile's latest list and writes its Plex playlist. An unreadable
 * event fails here and goes to {@code recommendation-lists-dlq}; Plex being away does not (the list is kept and the
 * next one, or the switch, writes it).
 */
@ApplicationScoped
public class RecommendationListConsumer {

    static final String CHANNEL = Topics.RECOMMENDATION_LISTS;

    private final PlaylistStore store;
    private final PlaylistWriter writer;

    RecommendationListConsumer(PlaylistStore store, PlaylistWriter writer) {
        this.store = store;
        this.writer = writer;
    }

    @Incoming(CHANNEL)
    @Blocking // ordered (the default): one profile's lists are written in their order
    public void onList(String payload) {
        RecommendationListUpdatedEvent event = EventCodec.decode(payload, RecommendationListUpdatedEvent.class);
        store.saveList(event);
        writer.quietly(event.profile(), () -> writer.write(event.profile()));
    }
}
