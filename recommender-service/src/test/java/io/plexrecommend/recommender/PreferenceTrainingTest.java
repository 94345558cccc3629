package io.plexrecommend.recommender;

import static io.plexrecommend.recommender.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.recommender.model.ModelItem;
import io.plexrecommend.recommender.recommendation.LiveModel;
import io.plexrecommend.recommender.trainer.HeadTrainer;
import io.plexrecommend.recommender.trainer.TrainedHeads;
import io.plexrecommend.recommender.trainer.TrainerLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The background trainer fits a profile's preference model with DJL/PyTorch, keeps it, and a reset forgets it. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FreshDatabaseTestResource.class)
class PreferenceTrainingTest {

    @Inject
    HeadTrainer trainer;

    @Inject
    TrainedHeads heads;

    @Inject
    LiveModel model;

    @Inject
    TrainerLog log;

    @Inject
    EntityManager em;

    @Test
    void aProfileThatLovesCrimeAndHatesCartoonsGetsAModelThatSaysSoAndLosesItOnReset() {
        List<String> crime = new ArrayList<>();
        List<String> cartoons = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String c = newMediaId(MediaType.MOVIE);
            String a = newMediaId(MediaType.MOVIE);
            discover(item(c, "Crime " + i).genres(List.of("Crime")).build());
            discover(item(a, "Cartoon " + i).genres(List.of("Animation")).build());
            crime.add(c);
            cartoons.add(a);
        }
        awaitKnown(crime.get(6), cartoons.get(6));
        String profile = newProfile();
        for (int i = 0; i < 6; i++) {
            rateViaApi(profile, crime.get(i), 10);
            rateViaApi(profile, cartoons.get(i), 1);
        }

        assertThat(trainer.retrainChanged()).isGreaterThanOrEqualTo(1);

        TrainedHeads.TrainedHead head = heads.get(profile).orElseThrow();
        ModelItem unseenCrime = model.space().item(model.indexOf(crime.get(6)).orElseThrow());
        ModelItem unseenCartoon = model.space().item(model.indexOf(cartoons.get(6)).orElseThrow());
        assertThat(HeadTrainer.predict(head.weights(), HeadTrainer.input(unseenCrime)))
                .isGreaterThan(HeadTrainer.predict(head.weights(), HeadTrainer.input(unseenCartoon)) + 0.5);
        assertThat(storedModels(profile)).isEqualTo(1);
        assertThat(log.recent()).anySatisfy(l -> assertThat(l.message()).contains("preference models trained"));
        assertThat(trainer.retrainChanged()).as("an unchanged profile is not trained again").isZero();

        given().delete("/api/profiles/{p}/ratings", profile).then().statusCode(202);

        await().atMost(Duration.ofSeconds(5)).until(() -> heads.get(profile).isEmpty());
        assertThat(storedModels(profile)).isZero();
    }

    private long storedModels(String profile) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from preference_models where profile = ?1").setParameter(1, profile)
                .getSingleResult()).longValue());
    }
}
