package io.plexrecommend.ui.health;

import io.plexrecommend.ui.client.RecommenderClient;
import io.plexrecommend.ui.client.RecommenderStatus;
import io.plexrecommend.ui.client.UpstreamException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready means recommender-service answers its status call: without it every media tab shows an error panel. */
@Readiness
public class RecommenderReadinessCheck implements HealthCheck {

    private final RecommenderClient recommender;

    RecommenderReadinessCheck(RecommenderClient recommender) {
        this.recommender = recommender;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(RecommenderClient.SERVICE);
        try {
            RecommenderStatus status = recommender.status();
            return response.up().withData("itemsKnown", status.itemsKnown()).build();
        } catch (UpstreamException e) {
            return response.down().withData("reason", e.getMessage()).build();
        }
    }
}
