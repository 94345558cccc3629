package io.plexrecommend.scanner.messaging;

import io.plexrecommend.events.MediaItem;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Publishes many items with at most {@code maxInFlight} unacknowledged at a time, and counts those Kafka acknowledged.
 * Not thread-safe: one batch belongs to one import or scan. Call {@link #finish()} before reporting, so that a count
 * said to be published really is.
 */
public final class PublishBatch {

    private record Pending(CompletableFuture<Void> ack, Runnable onAcked, Consumer<String> onFailure) {
    }

    private final MediaItemPublisher publisher;
    private final int maxInFlight;
    private final Duration ackTimeout;
    private final Deque<Pending> inFlight = new ArrayDeque<>();
    private int published;

    PublishBatch(MediaItemPublisher publisher, int maxInFlight, Duration ackTimeout) {
        this.publisher = publisher;
        this.maxInFlight = Math.max(1, maxInFlight);
        this.ackTimeout = ackTimeout;
    }

    /** Sends {@code item}; if Kafka does not take it, {@code onFailure} gets the reason (possibly later). */
    public void publish(MediaItem item, Consumer<String> onFailure) {
        publish(item, () -> { }, onFailure);
    }

    /**
     * As {@link #publish(MediaItem, Consumer)}, and runs {@code onAcked} once Kafka acknowledged the item. Both
     * callbacks run on the caller's thread, inside a later {@code publish} or {@link #finish()}.
     */
    public void publish(MediaItem item, Runnable onAcked, Consumer<String> onFailure) {
        while (inFlight.size() >= maxInFlight) {
            settle(inFlight.removeFirst());
        }
        inFlight.addLast(new Pending(publisher.publish(item), onAcked, onFailure));
    }

    /** Waits for every outstanding ack and returns how many items Kafka acknowledged in this batch. */
    public int finish() {
        while (!inFlight.isEmpty()) {
            settle(inFlight.removeFirst());
        }
        return published;
    }

    private void settle(Pending pending) {
        try {
            pending.ack().get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            published++;
            pending.onAcked().run();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            pending.onFailure().accept("Kafka did not accept the event: " + cause.getMessage());
        } catch (TimeoutException e) {
            pending.onFailure().accept("Kafka did not acknowledge the event within " + ackTimeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.onFailure().accept("interrupted while waiting for Kafka");
        }
    }
}
