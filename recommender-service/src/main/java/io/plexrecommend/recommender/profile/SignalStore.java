package io.plexrecommend.recommender.profile;

import io.plexrecommend.recommender.rating.TopicPosition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * Profiles, dismissals and watch markers: tables of (profile, media id, time) with composite keys, written with
 * {@code INSERT OR IGNORE} so a repeated signal keeps its first time. Called inside the writer's transaction.
 */
@ApplicationScoped
public class SignalStore {

    public record Marker(String profile, String mediaId) {
    }

    private final EntityManager em;

    SignalStore(EntityManager em) {
        this.em = em;
    }

    /** @return whether the profile was new */
    public boolean ensureProfile(String profile, Instant at) {
        return em.createNativeQuery("INSERT OR IGNORE INTO profiles (profile, created_at) VALUES (?1, ?2)")
                .setParameter(1, profile).setParameter(2, at.toEpochMilli()).executeUpdate() > 0;
    }

    /** Keeps the first time, and the position of the latest dismissal (which a reset compares with its own). */
    public void dismiss(String profile, String mediaId, Instant at, TopicPosition position) {
        em.createNativeQuery("INSERT INTO dismissals (profile, media_id, dismissed_at, event_partition, event_offset)"
                + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (profile, media_id) DO UPDATE"
                + " SET event_partition = excluded.event_partition, event_offset = excluded.event_offset")
                .setParameter(1, profile).setParameter(2, mediaId).setParameter(3, at.toEpochMilli())
                .setParameter(4, position.partition()).setParameter(5, position.offset()).executeUpdate();
    }

    public void watched(String profile, String mediaId, Instant at) {
        em.createNativeQuery("INSERT OR IGNORE INTO watched (profile, media_id, watched_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, profile).setParameter(2, mediaId).setParameter(3, at.toEpochMilli()).executeUpdate();
    }

    /**
     * Forgets what the profile taught before the reset received at {@code at}: the ratings and dismissals set by
     * events before it on the topic ({@link TopicPosition#forgottenBy}; whatever dates they carry) and its model;
     * watch history stays. Remembers {@code at}, so events before it that are applied later change nothing.
     */
    public void reset(String profile, TopicPosition at) {
        em.createNativeQuery("UPDATE profiles SET reset_partition = ?2, reset_offset = ?3 WHERE profile = ?1")
                .setParameter(1, profile).setParameter(2, at.partition()).setParameter(3, at.offset()).executeUpdate();
        for (String table : List.of("ratings", "dismissals")) {
            // Kept: set by an event after the reset on its partition (the API applies its own events at once, so a
            // later one can be applied first). NULL positions (rows older than positions) never qualify.
            em.createNativeQuery("DELETE FROM " + table + " WHERE profile = ?1 AND NOT (event_partition IS NOT NULL"
                    + " AND event_offset IS NOT NULL AND event_partition = ?2 AND event_offset >= ?3)")
                    .setParameter(1, profile).setParameter(2, at.partition()).setParameter(3, at.offset())
                    .executeUpdate();
        }
        em.createNativeQuery("DELETE FROM preference_models WHERE profile = ?1").setParameter(1, profile)
                .executeUpdate();
    }

    /** The position of the profile's latest reset; null if it was never reset (or does not exist). */
    @SuppressWarnings("unchecked")
    public TopicPosition resetPosition(String profile) {
        List<Object[]> rows = em.createNativeQuery("SELECT reset_partition, reset_offset FROM profiles WHERE profile = ?1")
                .setParameter(1, profile).getResultList();
        return rows.isEmpty() ? null : TopicPosition.of((Number) rows.get(0)[0], (Number) rows.get(0)[1]);
    }

    /** The titles the profile dismissed (after a reset: those a later event dismissed). */
    @SuppressWarnings("unchecked")
    public List<String> dismissalsOf(String profile) {
        return em.createNativeQuery("SELECT media_id FROM dismissals WHERE profile = ?1").setParameter(1, profile)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<String> profiles() {
        return em.createNativeQuery("SELECT profile FROM profiles ORDER BY profile").getResultList();
    }

    public List<Marker> dismissals() {
        return markers("SELECT profile, media_id FROM dismissals");
    }

    public List<Marker> watchMarkers() {
        return markers("SELECT profile, media_id FROM watched");
    }

    @SuppressWarnings("unchecked")
    private List<Marker> markers(String sql) {
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(r -> new Marker((String) r[0], (String) r[1])).toList();
    }
}
