package io.plexrecommend.embedding.health;

import io.plexrecommend.embedding.model.SentenceEmbedder;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the sentence model is loaded and answered a probe. */
@Readiness
@ApplicationScoped
public class ModelReadinessCheck implements HealthCheck {

    private final SentenceEmbedder embedder;

    public ModelReadinessCheck(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("embedding-model")
                .status(embedder.isLoaded())
                .withData("modelId", embedder.modelId())
                .withData("dimension", embedder.dimension())
                .build();
    }
}
