package io.plexrecommend.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.UUID;

/**
 * What every event on every topic carries. On the wire the concrete type is the {@code eventType} property, so a
 * topic can hold several kinds of events in one ordered stream (a removal after its discovery).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "eventType")
@JsonSubTypes({
        @JsonSubTypes.Type(value = MediaDiscoveredEvent.class, name = "MediaDiscoveredEvent"),
        @JsonSubTypes.Type(value = MediaRemovedEvent.class, name = "MediaRemovedEvent"),
        @JsonSubTypes.Type(value = MediaEmbeddedEvent.class, name = "MediaEmbeddedEvent"),
        @JsonSubTypes.Type(value = MediaGraphUpdatedEvent.class, name = "MediaGraphUpdatedEvent"),
        @JsonSubTypes.Type(value = GraphEmbeddedEvent.class, name = "GraphEmbeddedEvent"),
        @JsonSubTypes.Type(value = RatingGivenEvent.class, name = "RatingGivenEvent"),
        @JsonSubTypes.Type(value = RatingRemovedEvent.class, name = "RatingRemovedEvent"),
        @JsonSubTypes.Type(value = MediaWatchedEvent.class, name = "MediaWatchedEvent"),
        @JsonSubTypes.Type(value = MediaDismissedEvent.class, name = "MediaDismissedEvent"),
        @JsonSubTypes.Type(value = ProfileResetEvent.class, name = "ProfileResetEvent"),
        @JsonSubTypes.Type(value = RecommendationListUpdatedEvent.class, name = "RecommendationListUpdatedEvent") })
@JsonPropertyOrder({ "eventType", "schemaVersion", "eventId", "occurredAt" })
public sealed interface PlexRecommendEvent permits MediaItemEvent, MediaEmbeddedEvent, MediaGraphUpdatedEvent,
        GraphEmbeddedEvent, RatingEvent, RecommendationListUpdatedEvent {

    /** Version of this event's shape; raised only for changes old readers cannot ignore. */
    int schemaVersion();

    /** Unique per event; consumers remember applied ids so a replayed event changes nothing. */
    UUID eventId();

    Instant occurredAt();

    /** The Kafka record key: the media id, or the profile for ratings and recommendation lists. */
    @JsonIgnore
    String key();

    /** The newest schema version of this event type that this build reads and writes. */
    @JsonIgnore
    int supportedSchemaVersion();
}
