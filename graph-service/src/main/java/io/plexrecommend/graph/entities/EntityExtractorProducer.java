package io.plexrecommend.graph.entities;

import io.plexrecommend.graph.config.GraphConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One extractor for the application: the models load once (about 1.5 MB, well under a second). */
@ApplicationScoped
public class EntityExtractorProducer {

    @Produces
    @Singleton
    EntityExtractor entityExtractor(GraphConfig config) {
        return new EntityExtractor(config.maxEntities());
    }
}
