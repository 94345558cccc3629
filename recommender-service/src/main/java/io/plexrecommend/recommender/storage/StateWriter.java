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

    private final ReentrantLock lock = new ReentrantLock();

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
            AppliedEventEntity applied = new AppliedEventEntity();
            applied.eventId = id;
            applied.topic = topic;
            applied.appliedAt = Instant.now();
            applied.persist();
            return true;
        });
    }

    public <T> T write(Supplier<T> work) {
        lock.lock();
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } finally {
            lock.unlock();
        }
    }
}
