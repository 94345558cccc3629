package io.plexrecommend.scanner.messaging;

import io.plexrecommend.events.RatingEvent;
import io.plexrecommend.events.Topics;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Publishes Plex star ratings, watches and imported ratings on {@code ratings}, keyed by profile. */
@ApplicationScoped
public class RatingEventPublisher {

    public static final String CHANNEL = Topics.RATINGS + "-out";

    @Inject
    @Channel(CHANNEL)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
    MutinyEmitter<Record<String, RatingEvent>> emitter;

    /** Sends one event; the future completes when Kafka acknowledged it, or fails with the reason it did not. */
    public CompletableFuture<Void> publish(RatingEvent event) {
        try {
            return emitter.send(Record.of(event.profile(), event)).subscribeAsCompletionStage();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
