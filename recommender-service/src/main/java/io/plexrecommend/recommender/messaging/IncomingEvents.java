package io.plexrecommend.recommender.messaging;

import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.GraphEmbeddedEvent;
import io.plexrecommend.events.InvalidEventException;
import io.plexrecommend.events.MediaEmbeddedEvent;
import io.plexrecommend.events.MediaGraphUpdatedEvent;
import io.plexrecommend.events.MediaItemEvent;
import io.plexrecommend.events.RatingEvent;
import io.plexrecommend.events.Topics;
import io.plexrecommend.events.kafka.ConsumerIncidents;
import io.plexrecommend.recommender.catalog.CatalogHandler;
import io.plexrecommend.recommender.rating.RatingHandler;
import io.plexrecommend.recommender.rating.ReceivedRating;
import io.plexrecommend.recommender.rating.TopicPosition;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Transport only: decodes each topic's records and hands them to the handlers. An unreadable record throws
 * {@link InvalidEventException}, which nacks it into {@code <topic>-dlq} with the reason; {@code ratings} is read in
 * batches and dead-letters its bad records itself ({@link #ratings}).
 */
@ApplicationScoped
public class IncomingEvents {

    static final String MEDIA_ITEMS = Topics.MEDIA_ITEMS;
    static final String MEDIA_EMBEDDINGS = Topics.MEDIA_EMBEDDINGS;
    static final String GRAPH_TRIPLES = Topics.GRAPH_TRIPLES;
    static final String GRAPH_EMBEDDINGS = Topics.GRAPH_EMBEDDINGS;
    static final String RATINGS = Topics.RATINGS;

    private final CatalogHandler catalog;
    private final RatingHandler ratings;
    private final RatingDeadLetters deadLetters;
    private final ConsumerIncidents incidents;

    IncomingEvents(CatalogHandler catalog, RatingHandler ratings, RatingDeadLetters deadLetters,
            ConsumerIncidents incidents) {
        this.catalog = catalog;
        this.ratings = ratings;
        this.deadLetters = deadLetters;
        this.incidents = incidents;
    }

    @Incoming(MEDIA_ITEMS)
    @Blocking
    public void mediaItem(ConsumerRecord<String, String> record) {
        noting(record, () -> catalog.handle(EventCodec.decode(record.value(), MediaItemEvent.class)));
    }

    @Incoming(MEDIA_EMBEDDINGS)
    @Blocking
    public void mediaEmbedding(ConsumerRecord<String, String> record) {
        noting(record, () -> catalog.handle(EventCodec.decode(record.value(), MediaEmbeddedEvent.class)));
    }

    @Incoming(GRAPH_TRIPLES)
    @Blocking
    public void graphUpdate(ConsumerRecord<String, String> record) {
        noting(record, () -> catalog.handle(EventCodec.decode(record.value(), MediaGraphUpdatedEvent.class)));
    }

    @Incoming(GRAPH_EMBEDDINGS)
    @Blocking
    public void graphEmbedding(ConsumerRecord<String, String> record) {
        noting(record, () -> catalog.handle(EventCodec.decode(record.value(), GraphEmbeddedEvent.class)));
    }

    /**
     * Runs a single-record handler; a failure is noted for the {@code consumers} health check and passed on, so
     * SmallRye's dead-letter strategy writes the record to {@code <topic>-dlq} and the channel goes on.
     */
    private void noting(ConsumerRecord<String, String> record, Runnable handler) {
        try {
            handler.run();
        } catch (RuntimeException e) {
            incidents.deadLettered(record.topic(), record.key(), e);
            throw e;
        }
    }

    /**
     * One poll of {@code ratings} (at most {@code max.poll.records}), applied in one transaction by
     * {@link RatingHandler#handleAll}; batches are handled one at a time, records in offset order, so a profile's
     * events (keyed by profile, hence on one partition) keep their order. An unreadable record, and an event the
     * handler could not apply even on its own, goes to {@code ratings-dlq} with its reason, alone: the rest of the
     * batch is applied. The batch's offsets are committed when this returns, after the dead letters were written.
     */
    @Incoming(RATINGS)
    @Blocking
    public void ratings(ConsumerRecords<String, String> batch) {
        List<ConsumerRecord<String, String>> decoded = new ArrayList<>(batch.count());
        List<ReceivedRating> events = new ArrayList<>(batch.count());
        Map<ConsumerRecord<String, String>, RuntimeException> unusable = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : batch) {
            try {
                events.add(new ReceivedRating(EventCodec.decode(record.value(), RatingEvent.class),
                        new TopicPosition(record.partition(), record.offset())));
                decoded.add(record);
            } catch (InvalidEventException e) {
                unusable.put(record, e);
            }
        }
        // Applied first, dead-lettered after: the good ratings do not wait for the broker's answers to the bad ones.
        for (RatingHandler.Failure failure : ratings.handleAll(events)) {
            unusable.put(decoded.get(failure.index()), failure.cause());
        }
        unusable.forEach((record, reason) -> {
            deadLetters.send(record, reason);
            incidents.deadLettered(record.topic(), record.key(), reason);
        });
    }
}
