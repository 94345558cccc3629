package io.plexrecommend.recommender.storage;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way state changes reach the database. SQLite has a single writer anyway; serialising writers here, outside
 * the transaction, also makes "was this event applied?" and "apply it" atomic between the REST thread that applies a
 * rating at once and the consumer that later sees the same event, instead of one of them failing on the event id.
 */
@ApplicationScoped
public class StateWriter {

    /** Ids per {@code in (...)} list: far below SQLite's limit of host parameters in one statement. */
    private static final int IDS_PER_QUERY = 500;

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
     * {@link #applyOnce} for a batch of events in ONE transaction: one commit instead of one per event, which is most
     * of an event's cost on SQLite (the commit appends to the WAL and syncs it). The events applied before, and the
     * repeats of an id within the batch, are dropped with one lookup; {@code change} gets the others in the order
     * given and applies them all; their ids are recorded in the same transaction. Either all of that commits or none
     * of it does: if anything throws, the transaction rolls back and the exception propagates, with nothing of the
     * batch applied and nothing announced.
     * <p>
     * {@code afterCommit} runs once the transaction committed, still holding the writer's lock, so that what it
     * announces (e.g. the in-memory profiles' changes, in the batch's order) cannot be overtaken by a change another
     * thread writes right after the batch.
     *
     * @return the events that were new (and given to {@code change}), in order
     */
    public <E> List<E> applyAllOnce(String topic, List<E> events, Function<E, UUID> idOf, Consumer<List<E>> change,
            Runnable afterCommit) {
        lock.lock();
        try {
            List<E> fresh = QuarkusTransaction.requiringNew().call(() -> {
                Set<String> seen = appliedAmong(events.stream().map(e -> idOf.apply(e).toString()).toList());
                List<E> toApply = new ArrayList<>();
                for (E event : events) {
                    if (seen.add(idOf.apply(event).toString())) {
                        toApply.add(event);
                    }
                }
                if (!toApply.isEmpty()) {
                    change.accept(toApply);
                    toApply.forEach(event -> record(idOf.apply(event).toString(), topic));
                }
                return toApply;
            });
            afterCommit.run();
            return fresh;
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

    /** Which of {@code ids} are recorded as applied already (a mutable set). */
    private static Set<String> appliedAmong(List<String> ids) {
        Set<String> applied = new HashSet<>();
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int from = 0; from < distinct.size(); from += IDS_PER_QUERY) {
            applied.addAll(AppliedEventEntity.getEntityManager()
                    .createQuery("select a.eventId from AppliedEventEntity a where a.eventId in :ids", String.class)
                    .setParameter("ids", distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_QUERY)))
                    .getResultList());
        }
        return applied;
    }

    private static void record(String eventId, String topic) {
        AppliedEventEntity applied = new AppliedEventEntity();
        applied.eventId = eventId;
        applied.topic = topic;
        applied.appliedAt = Instant.now();
        applied.persist();
    }
}
