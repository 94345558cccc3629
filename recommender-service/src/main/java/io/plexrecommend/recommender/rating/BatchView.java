package io.plexrecommend.recommender.rating;

import io.plexrecommend.events.RatingEvent;
import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.RatingRemovedEvent;
import io.plexrecommend.recommender.profile.SignalStore;
import io.plexrecommend.recommender.storage.AppliedEventEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A batch's view of the ratings, profiles and applied event ids it touches: read with one query per
 * {@value #KEYS_PER_QUERY} keys before the first event, then kept current as the batch changes them, so no event
 * queries on its own and a known profile costs no statement. The session flushes at commit (and where a later
 * statement needs the earlier changes written), not before every query.
 */
final class BatchView implements RatingView {

    /** Keys per prefetch query: far below SQLite's limit of host parameters in one statement. */
    private static final int KEYS_PER_QUERY = 400;

    private record Key(String profile, String mediaId) {
    }

    private final SignalStore signals;
    private final EntityManager em = RatingEntity.getEntityManager();
    private final Map<Key, RatingEntity> current = new HashMap<>();
    /** Profiles that exist (read before the first event, then each one the batch creates), with their last reset. */
    private final Map<String, TopicPosition> resets = new HashMap<>();
    private final Map<String, AppliedEventEntity> applied = new HashMap<>();

    BatchView(SignalStore signals, List<ReceivedRating> batch) {
        this.signals = signals;
        em.setFlushMode(FlushModeType.COMMIT);
        Set<Key> keys = new LinkedHashSet<>();
        Set<String> named = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        for (ReceivedRating received : batch) {
            RatingEvent event = received.event();
            named.add(event.profile());
            ids.add(event.eventId().toString());
            if (event instanceof RatingGivenEvent given) {
                keys.add(new Key(given.profile(), given.mediaId()));
            } else if (event instanceof RatingRemovedEvent removed) {
                keys.add(new Key(removed.profile(), removed.mediaId()));
            }
        }
        chunked(new ArrayList<>(keys), this::readRatings);
        chunked(new ArrayList<>(named), this::readProfiles);
        chunked(new ArrayList<>(ids), this::readApplied);
    }

    private static <T> void chunked(List<T> all, java.util.function.Consumer<List<T>> read) {
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            read.accept(all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY)));
        }
    }

    @SuppressWarnings("unchecked")
    private void readProfiles(List<String> names) {
        StringBuilder sql = new StringBuilder("SELECT profile, reset_partition, reset_offset FROM profiles WHERE profile IN (");
        for (int i = 0; i < names.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?").append(i + 1);
        }
        var query = em.createNativeQuery(sql.append(')').toString());
        for (int i = 0; i < names.size(); i++) {
            query.setParameter(i + 1, names.get(i));
        }
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            resets.put((String) row[0], TopicPosition.of((Number) row[1], (Number) row[2]));
        }
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

    private void readApplied(List<String> ids) {
        em.createQuery("select a from AppliedEventEntity a where a.eventId in :ids", AppliedEventEntity.class)
                .setParameter("ids", ids).getResultList().forEach(a -> applied.put(a.eventId, a));
    }

    @Override
    public boolean ensureProfile(String profile, Instant at) {
        if (resets.containsKey(profile)) {
            return false;
        }
        resets.put(profile, null);
        return signals.ensureProfile(profile, at);
    }

    @Override
    public TopicPosition resetOf(String profile) {
        return resets.get(profile);
    }

    @Override
    public AppliedEventEntity applied(String eventId) {
        return applied.get(eventId);
    }

    @Override
    public void recordApplied(ReceivedRating received, AppliedEventEntity existing) {
        AppliedEventEntity row = RatingView.record(received, existing);
        applied.put(row.eventId, row);
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
    public List<RatingEntity> reset(String profile, TopicPosition at) {
        em.flush(); // the reset deletes by position in SQL: the batch's earlier ratings must be written
        signals.reset(profile, at);
        resets.put(profile, at);
        current.entrySet().removeIf(entry -> {
            RatingEntity rating = entry.getValue();
            if (rating.profile.equals(profile) && TopicPosition.forgottenBy(at, rating.position())) {
                em.detach(rating); // deleted by the statement above
                return true;
            }
            return false;
        });
        return RatingEntity.<RatingEntity>list("profile = ?1 order by ratedAt, id", profile);
    }
}
