package io.plexrecommend.recommender.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.recommender.FreshDatabaseTestResource;
import io.plexrecommend.recommender.storage.StateWriter;
import io.plexrecommend.recommender.trainer.TrainedHeads.TrainedHead;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What a restart does with the preference models the trainer saved: read them back. The weights are a BLOB, which
 * Hibernate left to itself asks the SQLite driver for as a java.sql.Blob the driver does not have, so a service
 * with any saved model could not start again (found by the SIGKILL system test).
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FreshDatabaseTestResource.class)
class SavedModelsAtStartTest {

    @Inject
    TrainedHeads heads;

    @Inject
    EntityManager em;

    @Inject
    StateWriter writer;

    @Test
    void aSavedModelIsReadBackByTheNextStart() {
        TrainedHead saved = new TrainedHead(new float[] {0.5f, -1.25f, 2f}, 42, Instant.ofEpochMilli(1_700_000_000_000L),
                0.25);
        heads.put("restarted", saved);

        TrainedHeads afterRestart = new TrainedHeads(em, writer);
        QuarkusTransaction.requiringNew().run(() -> afterRestart.load(null));

        TrainedHead loaded = afterRestart.get("restarted").orElseThrow();
        assertThat(loaded.weights()).containsExactly(saved.weights());
        assertThat(loaded.stateHash()).isEqualTo(42);
        assertThat(loaded.trainedAt()).isEqualTo(saved.trainedAt());
        assertThat(loaded.loss()).isEqualTo(0.25);
    }
}
