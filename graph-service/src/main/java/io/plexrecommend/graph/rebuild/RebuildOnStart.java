package io.plexrecommend.graph.rebuild;

import io.plexrecommend.graph.config.GraphConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** A lost or deleted store is rebuilt from the topic at start, in the background. */
@ApplicationScoped
public class RebuildOnStart {

    void onStart(@Observes StartupEvent event, GraphConfig config, GraphRebuilder rebuilder) {
        if (config.rebuildWhenEmpty()) {
            rebuilder.startIfEmpty();
        }
    }
}
