package io.plexrecommend.recommender.rating;

import io.plexrecommend.events.MediaDismissedEvent;
import io.plexrecommend.events.MediaWatchedEvent;
import io.plexrecommend.events.ProfileResetEvent;
import io.plexrecommend.events.RatingEvent;
import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.RatingRemovedEvent;
import io.plexrecommend.events.Topics;
import io.plexrecommend.recommender.profile.ProfileChanged;
import io.plexrecommend.recommender.profile.ProfileChanged.Change;
import io.plexrecommend.recommender.profile.SignalStore;
import io.plexrecommend.recommender.storage.StateWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Applies every kind of {@code ratings} event once each, from the topic and from the API alike. A rating replaces
 * (or a removal deletes) the profile's earlier rating of the title only if it happened later (at millisecond
 * precision; a tie goes to the one applied last), so an import of old ratings does not overwrite what was said since.
 * Each applied change is announced as a {@link ProfileChanged} for the in-memory model, only once it is committed.
 * <p>
 * The API applies one event at a time ({@link #handle}, its own transaction: latency matters there); the consumer
 * applies a whole poll at once ({@link #handleAll}, one transaction), with the same rules in the same order.
 */
@ApplicationScoped
public class RatingHandler {

    private static final Logger LOG = Logger.getLogger(RatingHandler.class);

    /** Keys per prefetch query: far below SQLite's limit of host parameters in one statement. */
    private static final int KEYS_PER_QUERY = 400;

    /** An event of a batch that could not be applied, even on its own; {@code index} is its place in the batch. */
    public record Failure(int index, RuntimeException cause) {
    }

    private final StateWriter writer;
    private final SignalStore signals;
    private final Event<ProfileChanged> changed;

    RatingHandler(StateWriter writer, SignalStore signals, Event<ProfileChanged> changed) {
        this.writer = writer;
        this.signals = signals;
        this.changed = changed;
    }

    /**
     * Applies one event in its own transaction. The changes are fired inside it; their observers run after the
     * commit (and not at all after a rollback).
     *
     * @return whether the event was new
     */
    public boolean handle(RatingEvent event) {
        return writer.applyOnce(event.eventId(), Topics.RATINGS, () -> apply(event, new OneEvent(), changed::fire));
    }

    /**
     * Applies a batch in one transaction: each event at most once (those applied before, e.g. by the API, and
     * repeats within the batch change nothing), in the batch's order. The changes are announced after the commit,
     * in that order, before any other write.
     * <p>
     * If the batch fails (a database error, or one event the database refuses), it is rolled back as a whole and
     * its events are applied again one at a time, each in its own transaction: one poison event must not block the
     * others, nor take them to the dead-letter topic with it. The events already applied are skipped as always, so
     * this is safe whatever part of the batch the failed attempt had reached.
     *
     * @return the events that failed on their own too (for the caller to dead-letter), by index; empty if all applied
     */
    public List<Failure> handleAll(List<RatingEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<ProfileChanged> changes = new ArrayList<>();
        boolean[] committed = {false};
        try {
            writer.applyAllOnce(Topics.RATINGS, events, RatingEvent::eventId, fresh -> {
                Batch batch = new Batch(fresh);
                fresh.forEach(event -> apply(event, batch, changes::add));
            }, () -> {
                committed[0] = true;
                changes.forEach(changed::fire);
            });
            return List.of();
        } catch (RuntimeException e) {
            if (committed[0]) {
                throw e; // committed: applying it again would find every event applied and announce nothing
            }
            LOG.warnf("a batch of %d rating events failed (%s); applying them one at a time", events.size(),
                    e.getMessage());
        }
        List<Failure> failures = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            try {
                handle(events.get(i));
            } catch (RuntimeException e) {
                LOG.errorf("rating event %s could not be applied: %s", events.get(i).eventId(), e.getMessage());
                failures.add(new Failure(i, e));
            }
        }
        return failures;
    }

    private void apply(RatingEvent event, Ratings ratings, Consumer<ProfileChanged> announce) {
        if (ratings.ensureProfile(event.profile(), event.occurredAt())) {
            announce.accept(new ProfileChanged(event.profile(), Change.CREATED, null, 0));
        }
        if (event instanceof RatingGivenEvent given) {
            apply(given, ratings, announce);
        } else if (event instanceof RatingRemovedEvent removed) {
            apply(removed, ratings, announce);
        } else if (event instanceof MediaWatchedEvent watched) {
            signals.watched(watched.profile(), watched.mediaId(), watched.occurredAt());
            announce.accept(new ProfileChanged(watched.profile(), Change.WATCHED, watched.mediaId(), 0));
        } else if (event instanceof MediaDismissedEvent dismissed) {
            signals.dismiss(dismissed.profile(), dismissed.mediaId(), dismissed.occurredAt());
            announce.accept(new ProfileChanged(dismissed.profile(), Change.DISMISSED, dismissed.mediaId(), 0));
        } else if (event instanceof ProfileResetEvent reset) {
            ratings.reset(reset.profile(), millis(reset.occurredAt()));
            announce.accept(new ProfileChanged(reset.profile(), Change.RESET, null, 0));
        }
    }

    private void apply(RatingGivenEvent event, Ratings ratings, Consumer<ProfileChanged> announce) {
        RatingEntity rating = ratings.find(event.profile(), event.mediaId());
        boolean added = rating == null;
        if (added) {
            rating = new RatingEntity();
            rating.profile = event.profile();
            rating.mediaId = event.mediaId();
        } else if (millis(event.occurredAt()).isBefore(millis(rating.ratedAt))) {
            return;
        }
        rating.rating = event.rating();
        rating.source = event.source().wireName();
        rating.ratedAt = event.occurredAt();
        rating.eventId = event.eventId().toString();
        rating.persist();
        if (added) {
            ratings.added(rating);
        }
        announce.accept(new ProfileChanged(event.profile(), Change.RATED, event.mediaId(), event.rating()));
    }

    private void apply(RatingRemovedEvent event, Ratings ratings, Consumer<ProfileChanged> announce) {
        RatingEntity rating = ratings.find(event.profile(), event.mediaId());
        if (rating != null && !millis(event.occurredAt()).isBefore(millis(rating.ratedAt))) {
            rating.delete();
            ratings.deleted(rating);
            announce.accept(new ProfileChanged(event.profile(), Change.UNRATED, event.mediaId(), 0));
        }
    }

    private static Instant millis(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Where the rules read and write profiles and ratings: straight to the database, or through a batch's view. */
    private interface Ratings {

        /** @return whether the profile was new */
        boolean ensureProfile(String profile, Instant at);

        RatingEntity find(String profile, String mediaId);

        void added(RatingEntity rating);

        void deleted(RatingEntity rating);

        /** Deletes the profile's ratings and dismissals given up to {@code at}, and its model. */
        void reset(String profile, Instant at);
    }

    /** One event: each read is a query. */
    private final class OneEvent implements Ratings {

        @Override
        public boolean ensureProfile(String profile, Instant at) {
            return signals.ensureProfile(profile, at);
        }

        @Override
        public RatingEntity find(String profile, String mediaId) {
            return RatingEntity.find(profile, mediaId);
        }

        @Override
        public void added(RatingEntity rating) {
        }

        @Override
        public void deleted(RatingEntity rating) {
        }

        @Override
        public void reset(String profile, Instant at) {
            signals.reset(profile, at);
        }
    }

    /**
     * A batch's view of the ratings and profiles it touches: read with one query per {@value #KEYS_PER_QUERY}
     * (profile, title) pairs and one per {@value #KEYS_PER_QUERY} profiles before the first event, then kept current
     * as the batch changes them, so no event queries on its own and a known profile costs no statement. The session
     * flushes at commit (and where a later statement needs the earlier changes written), not before every query.
     */
    private final class Batch implements Ratings {

        private record Key(String profile, String mediaId) {
        }

        private final EntityManager em = RatingEntity.getEntityManager();
        private final Map<Key, RatingEntity> current = new HashMap<>();
        /** Profiles that exist: read before the first event, then each one the batch creates. */
        private final Set<String> known = new HashSet<>();

        Batch(List<RatingEvent> events) {
            em.setFlushMode(FlushModeType.COMMIT);
            Set<Key> keys = new LinkedHashSet<>();
            Set<String> named = new LinkedHashSet<>();
            for (RatingEvent event : events) {
                named.add(event.profile());
                if (event instanceof RatingGivenEvent given) {
                    keys.add(new Key(given.profile(), given.mediaId()));
                } else if (event instanceof RatingRemovedEvent removed) {
                    keys.add(new Key(removed.profile(), removed.mediaId()));
                }
            }
            List<Key> all = new ArrayList<>(keys);
            for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
                readRatings(all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY)));
            }
            List<String> names = new ArrayList<>(named);
            for (int from = 0; from < names.size(); from += KEYS_PER_QUERY) {
                readProfiles(names.subList(from, Math.min(names.size(), from + KEYS_PER_QUERY)));
            }
        }

        @SuppressWarnings("unchecked")
        private void readProfiles(List<String> names) {
            StringBuilder sql = new StringBuilder("SELECT profile FROM profiles WHERE profile IN (");
            for (int i = 0; i < names.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?").append(i + 1);
            }
            var query = em.createNativeQuery(sql.append(')').toString());
            for (int i = 0; i < names.size(); i++) {
                query.setParameter(i + 1, names.get(i));
            }
            known.addAll((List<String>) query.getResultList());
        }

        /**
         * The current ratings of exactly these (profile, title) pairs: one lookup in the (profile, media_id) index
         * each. (SQLite scans the table for {@code (profile, media_id) IN (VALUES …)}, and for two {@code IN} lists
         * it probes every profile with every title; the join is what uses the index once per pair.)
         */
        @SuppressWarnings("unchecked")
        private void readRatings(List<Key> chunk) {
            StringBuilder sql = new StringBuilder("SELECT r.* FROM (VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?").append(2 * i + 1).append(", ?").append(2 * i + 2)
                        .append(')');
            }
            sql.append(") AS k JOIN ratings r ON r.profile = k.column1 AND r.media_id = k.column2");
            var query = em.createNativeQuery(sql.toString(), RatingEntity.class);
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(2 * i + 1, chunk.get(i).profile()).setParameter(2 * i + 2, chunk.get(i).mediaId());
            }
            ((List<RatingEntity>) query.getResultList()).forEach(r -> current.put(new Key(r.profile, r.mediaId), r));
        }

        @Override
        public boolean ensureProfile(String profile, Instant at) {
            return known.add(profile) && signals.ensureProfile(profile, at);
        }

        @Override
        public RatingEntity find(String profile, String mediaId) {
            return current.get(new Key(profile, mediaId));
        }

        @Override
        public void added(RatingEntity rating) {
            current.put(new Key(rating.profile, rating.mediaId), rating);
        }

        @Override
        public void deleted(RatingEntity rating) {
            current.remove(new Key(rating.profile, rating.mediaId));
            // A new rating of the same title later in the batch is inserted at once (its id is generated by the
            // insert), so the delete must reach the table first: (profile, media_id) is unique.
            em.flush();
        }

        @Override
        public void reset(String profile, Instant at) {
            em.flush(); // the reset deletes by rated_at in SQL: the batch's earlier ratings must be written
            signals.reset(profile, at);
            current.entrySet().removeIf(entry -> {
                RatingEntity rating = entry.getValue();
                if (rating.profile.equals(profile) && !millis(rating.ratedAt).isAfter(at)) {
                    em.detach(rating); // deleted by the statement above
                    return true;
                }
                return false;
            });
        }
    }
}
