package io.plexrecommend.recommender.storage;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one way state changes reach the database. SQLite has a single writer anyway; serialising writers here, outside
 * the transaction, also makes "was this event applied?" and "apply it" atomic between the REST thread that applies a
 * rating at once and the consumer that later sees the same event, instead of one of them failing on the event id.
 */
@ApplicationScoped
public class StateWriter {

    /**
     * Fair: a rating given through the API that waits behind the consumer's batch gets the writer next, not after
     * however many batches the consumer asks for meanwhile.
     */
    private final ReentrantLock lock = new ReentrantLock(true);

    /**
     * Applies {@code change} and records {@code eventId} in one transaction, unless the event was applied before.
     *
     * @return whether the event was new (and {@code change} ran)
     */
    public boolean applyOnce(UUID eventId, String topic, Runnable change) {
        return write(() -> {
            String id = eventId.toString();
            if (AppliedEventEntity.findById(id) != null) {
                return false;
            }
            change.run();
            record(id, topic);
            return true;
        });
    }

    /**
     * {@link #write(Supplier)}, then {@code afterCommit} once the transaction committed, still holding the writer's
     * lock, so that what it announces (e.g. the in-memory profiles' changes of a batch, in order) cannot be overtaken
     * by a change another thread writes right after. Nothing runs after a rollback; the exception propagates.
     */
    public <T> T write(Supplier<T> work, Runnable afterCommit) {
        lock.lock();
        try {
            T result = QuarkusTransaction.requiringNew().call(work::get);
            afterCommit.run();
            return result;
        } finally {
            lock.unlock();
        }
    }

    public <T> T write(Supplier<T> work) {
        lock.lock();
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } finally {
            lock.unlock();
        }
    }

    private static void record(String eventId, String topic) {
        AppliedEventEntity applied = new AppliedEventEntity();
        applied.eventId = eventId;
        applied.topic = topic;
        applied.appliedAt = Instant.now();
        applied.persist();
    }
}
