package io.plexrecommend.events.kafka;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each consumer of a service had to give up on since the start: records it dead-lettered because it could not
 * handle them, per channel, with the latest reason. A channel with incidents is <em>degraded</em>: it keeps going (the
 * service still serves), but a human should look at its dead-letter topic. Each service's {@code consumers} health
 * check reports this; thread-safe, in memory (the dead-letter topics keep the records themselves).
 */
public final class ConsumerIncidents {

    /** One channel's dead letters since the start. */
    public record Incident(String channel, long deadLettered, String lastKey, String lastReason, Instant lastAt) {

        /** In words, for health data and the UI: "2 records dead-lettered to media-items-dlq, last …". */
        public String describe() {
            return "degraded: " + deadLettered + (deadLettered == 1 ? " record" : " records") + " sent to "
                    + channel + "-dlq; last (key " + lastKey + ", " + lastAt + "): " + lastReason;
        }
    }

    /** Reasons and keys are cut to this length: a hostile record's key or message must not make health huge. */
    static final int MAX_TEXT = 200;

    private final Map<String, Incident> byChannel = new ConcurrentHashMap<>();

    /** Notes that a record of {@code channel} was dead-lettered for {@code reason}. */
    public void deadLettered(String channel, String key, Throwable reason) {
        String text = reason.getMessage() == null ? reason.getClass().getSimpleName() : reason.getMessage();
        Instant now = Instant.now();
        byChannel.merge(channel, new Incident(channel, 1, cut(key), cut(text), now),
                (old, next) -> new Incident(channel, old.deadLettered() + 1, next.lastKey(), next.lastReason(), now));
    }

    /** The degraded channels, by name, in name order. */
    public Map<String, Incident> degraded() {
        Map<String, Incident> sorted = new LinkedHashMap<>();
        byChannel.keySet().stream().sorted().forEach(c -> sorted.put(c, byChannel.get(c)));
        return sorted;
    }

    static String cut(String text) {
        if (text == null) {
            return "none";
        }
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= MAX_TEXT ? clean : clean.substring(0, MAX_TEXT) + "…";
    }
}
