package io.plexrecommend.recommender.dependency;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check {@code dependencies}: always UP, because recommendations are served from what is known while
 * embedding-service or graph-service is down; its data says which of them answers and how many items wait for a
 * vector, so an operator sees why new titles are not recommended yet.
 */
@Readiness
@ApplicationScoped
public class DependenciesCheck implements HealthCheck {

    private final Dependencies dependencies;

    DependenciesCheck(Dependencies dependencies) {
        this.dependencies = dependencies;
    }

    @Override
    public HealthCheckResponse call() {
        Dependencies.Snapshot now = dependencies.now();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("dependencies").up()
                .withData("embedding-service", now.embeddingUp() ? "up" : "down")
                .withData("graph-service", now.graphUp() ? "up" : "down")
                .withData("itemsWithoutVectors", now.itemsWithoutVectors());
        return response.build();
    }
}
