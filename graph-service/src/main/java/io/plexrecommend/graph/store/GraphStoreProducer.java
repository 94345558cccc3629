package io.plexrecommend.graph.store;

import io.plexrecommend.graph.config.DataDirConfig;
import io.plexrecommend.graph.config.GraphConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.jena.sys.JenaSystem;

/** Opens the one {@link GraphStore} of the application at startup and closes it on shutdown. */
@ApplicationScoped
public class GraphStoreProducer {

    @Produces
    @Singleton
    GraphStore graphStore(GraphConfig config, DataDirConfig dataDir) {
        // Jena finds its subsystems through ServiceLoader on first use; initialising here, on a known thread and
        // class loader, keeps that out of the first Kafka message's handling.
        JenaSystem.init();
        return GraphStore.open(config.tdb2Dir().orElse(dataDir.serviceDir().resolve("tdb2")));
    }

    @Produces
    @Singleton
    GraphCompactor graphCompactor(GraphStore store, GraphConfig config) {
        return new GraphCompactor(store, config.compaction().afterWrites(), config.compaction().idleAfter());
    }

    void close(@Disposes GraphStore store) {
        store.close();
    }

    /** Opens the store at startup, so a locked or unreadable database stops the service at once. */
    void openAtStartup(@Observes StartupEvent event, GraphStore store) {
        store.directory();
    }
}
