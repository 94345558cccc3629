package io.plexrecommend.graph.store;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Gives the {@link GraphCompactor} its chance to compact once the writes have stopped. */
@ApplicationScoped
public class CompactionSchedule {

    private final GraphCompactor compactor;

    public CompactionSchedule(GraphCompactor compactor) {
        this.compactor = compactor;
    }

    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkIdle() {
        compactor.whenIdle();
    }
}
