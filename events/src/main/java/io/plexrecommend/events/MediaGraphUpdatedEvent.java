package io.plexrecommend.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The complete set of an item's triples in the knowledge graph, on {@link Topics#GRAPH_TRIPLES}. It replaces what an
 * earlier event said about the item; zero triples means the item left the graph.
 *
 * @param graph the IRI of the item's named graph
 * @param format always {@code application/n-triples} in schema version 1
 * @param triples the triples, one N-Triples statement a line
 */
public record MediaGraphUpdatedEvent(int schemaVersion, UUID eventId, Instant occurredAt, String mediaId, String graph,
        String format, int tripleCount, String triples) implements PlexRecommendEvent {

    public static final int SCHEMA_VERSION = 1;
    public static final String N_TRIPLES = "application/n-triples";

    public MediaGraphUpdatedEvent {
        Events.requireEnvelope(schemaVersion, eventId, occurredAt);
        mediaId = Events.requireMediaId(mediaId);
        if (!N_TRIPLES.equals(format)) {
            throw new IllegalArgumentException("format must be " + N_TRIPLES + ", was " + format);
        }
        if (tripleCount < 0) {
            throw new IllegalArgumentException("tripleCount must not be negative");
        }
        triples = triples == null ? "" : triples;
    }

    public static MediaGraphUpdatedEvent of(String mediaId, String graph, int tripleCount, String nTriples) {
        return new MediaGraphUpdatedEvent(SCHEMA_VERSION, UUID.randomUUID(), Instant.now(), mediaId, graph, N_TRIPLES,
                tripleCount, nTriples);
    }

    @Override
    public String key() {
        return mediaId;
    }

    @Override
    public int supportedSchemaVersion() {
        return SCHEMA_VERSION;
    }
}
