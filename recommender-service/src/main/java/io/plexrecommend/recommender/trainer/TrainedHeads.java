package io.plexrecommend.recommender.trainer;

import io.plexrecommend.recommender.catalog.FloatVectors;
import io.plexrecommend.recommender.profile.ProfileChanged;
import io.plexrecommend.recommender.storage.StateWriter;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/** The background trainer's per-profile models, in memory and in {@code preference_models}. */
@ApplicationScoped
public class TrainedHeads {

    /** @param stateHash the hash of the profile state it was trained on, so an unchanged profile is not retrained */
    public record TrainedHead(float[] weights, int stateHash, Instant trainedAt, double loss) {
    }

    private final Map<String, TrainedHead> heads = new ConcurrentHashMap<>();
    private final EntityManager em;
    private final StateWriter writer;

    TrainedHeads(EntityManager em, StateWriter writer) {
        this.em = em;
        this.writer = writer;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    void load(@Observes StartupEvent event) {
        // Typed scalars: left to itself Hibernate reads the weights column as a java.sql.Blob, which the SQLite
        // driver does not implement, and the service could not start once a trained model was saved.
        List<Object[]> rows = em.createNativeQuery(
                "SELECT profile, weights, state_hash, trained_at, loss FROM preference_models")
                .unwrap(NativeQuery.class)
                .addScalar("profile", StandardBasicTypes.STRING)
                .addScalar("weights", StandardBasicTypes.BINARY)
                .addScalar("state_hash", StandardBasicTypes.INTEGER)
                .addScalar("trained_at", StandardBasicTypes.LONG)
                .addScalar("loss", StandardBasicTypes.DOUBLE)
                .getResultList();
        for (Object[] r : rows) {
            heads.put((String) r[0], new TrainedHead(FloatVectors.fromBytes((byte[]) r[1]),
                    ((Number) r[2]).intValue(), Instant.ofEpochMilli(((Number) r[3]).longValue()),
                    ((Number) r[4]).doubleValue()));
        }
    }

    /** A reset profile's model is forgotten with its ratings (the row goes in the reset's own transaction). */
    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileChanged change) {
        if (change.change() == ProfileChanged.Change.RESET) {
            heads.remove(change.profile());
        }
    }

    public Optional<TrainedHead> get(String profile) {
        return Optional.ofNullable(heads.get(profile));
    }

    public void put(String profile, TrainedHead head) {
        writer.write(() -> em.createNativeQuery("INSERT OR REPLACE INTO preference_models "
                + "(profile, trained_at, state_hash, dimension, weights, loss) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, profile).setParameter(2, head.trainedAt().toEpochMilli())
                .setParameter(3, head.stateHash()).setParameter(4, head.weights().length)
                .setParameter(5, FloatVectors.toBytes(head.weights())).setParameter(6, head.loss()).executeUpdate());
        heads.put(profile, head);
    }
}
