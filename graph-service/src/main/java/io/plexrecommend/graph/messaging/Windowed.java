package io.plexrecommend.graph.messaging;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Sends a long list through an emitter in windows: up to {@link #WINDOW} sends in flight, then waits for their acks.
 * An emitter buffers 128 messages by default and fails beyond that; waiting for each ack alone would make 10,000
 * sends take 10,000 round trips.
 */
final class Windowed {

    static final int WINDOW = 100;

    static <T> void send(List<T> items, Function<T, Uni<Void>> send) {
        List<CompletableFuture<Void>> inFlight = new ArrayList<>(WINDOW);
        for (T item : items) {
            inFlight.add(send.apply(item).subscribeAsCompletionStage());
            if (inFlight.size() == WINDOW) {
                awaitAll(inFlight);
            }
        }
        awaitAll(inFlight);
    }

    private static void awaitAll(List<CompletableFuture<Void>> inFlight) {
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        inFlight.clear();
    }

    private Windowed() {
    }
}
