package io.plexrecommend.events;

/**
 * The Kafka topics that make up the public interface. Names are stable; a breaking change to an event gets a new
 * schema version and, if old consumers could not cope, a new topic (see docs/events.md, "Versioning").
 */
public final class Topics {

    /** {@link MediaItemEvent}s keyed by media id; compacted so any service can rebuild its state by replay. */
    public static final String MEDIA_ITEMS = "media-items";
    /** {@link MediaEmbeddedEvent}s keyed by media id. */
    public static final String MEDIA_EMBEDDINGS = "media-embeddings";
    /** {@link MediaGraphUpdatedEvent}s keyed by media id. */
    public static final String GRAPH_TRIPLES = "graph-triples";
    /** {@link GraphEmbeddedEvent}s keyed by media id. */
    public static final String GRAPH_EMBEDDINGS = "graph-embeddings";
    /** {@link RatingEvent}s keyed by profile, so one profile's ratings stay in order. */
    public static final String RATINGS = "ratings";
    /** {@link RecommendationListUpdatedEvent}s keyed by profile; compacted: the latest is the profile's list. */
    public static final String RECOMMENDATION_LISTS = "recommendation-lists";

    /** Where a consumer puts an event it cannot handle, with the reason in the record headers. */
    public static String deadLetter(String topic) {
        return topic + "-dlq";
    }

    private Topics() {
    }
}
