package io.plexrecommend.scanner.messaging;

import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaItemEvent;
import io.plexrecommend.events.MediaRemovedEvent;
import io.plexrecommend.events.Topics;
import io.plexrecommend.scanner.config.ScannerConfig;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Publishes {@link MediaDiscoveredEvent}s and {@link MediaRemovedEvent}s on {@code media-items}, keyed by media id. */
@ApplicationScoped
public class MediaItemPublisher {

    public static final String CHANNEL = Topics.MEDIA_ITEMS + "-out";

    @Inject
    @Channel(CHANNEL)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
    MutinyEmitter<Record<String, MediaItemEvent>> emitter;

    @Inject
    ScannerConfig config;

    /** Sends one event; the future completes when Kafka acknowledged it, or fails with the reason it did not. */
    public CompletableFuture<Void> publish(MediaItem item) {
        return send(MediaDiscoveredEvent.of(item));
    }

    /** Says that the item left every library it was in; completes when Kafka acknowledged it. */
    public CompletableFuture<Void> remove(String mediaId, String reason) {
        return send(MediaRemovedEvent.of(mediaId, reason));
    }

    private CompletableFuture<Void> send(MediaItemEvent event) {
        try {
            return emitter.send(Record.of(event.mediaId(), event)).subscribeAsCompletionStage();
        } catch (RuntimeException e) {
            // The emitter refuses synchronously when its buffer is full or the channel is down.
            return CompletableFuture.failedFuture(e);
        }
    }

    /** A batch that keeps a bounded number of sends in flight; see {@link ScannerConfig.Publish#maxInFlight()}. */
    public PublishBatch batch() {
        return new PublishBatch(this, config.publish().maxInFlight(), config.publish().ackTimeout());
    }
}
