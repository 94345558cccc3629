package io.plexrecommend.graph.health;

import io.plexrecommend.events.kafka.ConsumerIncidents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check {@code consumers}: UP as long as the service serves, with one entry per channel that had to
 * dead-letter records since the start ("degraded: …", with the latest reason), so an operator and the UI's
 * Configuration tab see that something was skipped. A channel that stopped is reported DOWN by SmallRye's own check.
 */
@ApplicationScoped
@Readiness
public class ConsumersCheck implements HealthCheck {

    private final ConsumerIncidents incidents;

    public ConsumersCheck(ConsumerIncidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("consumers").up();
        incidents.degraded().forEach((channel, incident) -> response.withData(channel, incident.describe()));
        return response.build();
    }

    /** One record of incidents for the whole service (the events module has no CDI beans of its own). */
    @Produces
    @Singleton
    static ConsumerIncidents incidents() {
        return new ConsumerIncidents();
    }
}
