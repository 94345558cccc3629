package io.plexrecommend.graph.store;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The store's size and compactions on {@code /q/metrics}. */
@ApplicationScoped
public class GraphStoreMetrics {

    void register(@Observes StartupEvent event, MeterRegistry registry, GraphStore store, GraphCompactor compactor) {
        Gauge.builder("graph.store.disk", store, GraphStore::diskBytes).baseUnit("bytes")
                .description("Size of the TDB2 database files").register(registry);
        Gauge.builder("graph.store.pending.writes", store, GraphStore::writesSinceCompaction)
                .description("Changing write transactions since the last compaction").register(registry);
        FunctionCounter.builder("graph.store.compactions", store, GraphStore::compactions)
                .description("Compactions of the TDB2 database since the service started").register(registry);
        FunctionCounter.builder("graph.store.compaction.failures", compactor, GraphCompactor::failures)
                .description("Compactions that failed (the store carried on uncompacted)").register(registry);
    }
}
