package io.plexrecommend.recommender.profile;

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

    public void dismiss(String profile, String mediaId, Instant at) {
        em.createNativeQuery("INSERT OR IGNORE INTO dismissals (profile, media_id, dismissed_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, profile).setParameter(2, mediaId).setParameter(3, at.toEpochMilli()).executeUpdate();
    }

    public void watched(String profile, String mediaId, Instant at) {
        em.createNativeQuery("INSERT OR IGNORE INTO watched (profile, media_id, watched_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, profile).setParameter(2, mediaId).setParameter(3, at.toEpochMilli()).executeUpdate();
    }

    /** Forgets what the profile taught before {@code at}: ratings, dismissals and its model; watch history stays. */
    public void reset(String profile, Instant at) {
        em.createNativeQuery("DELETE FROM ratings WHERE profile = ?1 AND rated_at <= ?2")
                .setParameter(1, profile).setParameter(2, at.toEpochMilli()).executeUpdate();
        em.createNativeQuery("DELETE FROM dismissals WHERE profile = ?1 AND dismissed_at <= ?2")
                .setParameter(1, profile).setParameter(2, at.toEpochMilli()).executeUpdate();
        em.createNativeQuery("DELETE FROM preference_models WHERE profile = ?1").setParameter(1, profile)
                .executeUpdate();
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
