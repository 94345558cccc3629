package io.plexrecommend.embedding.messaging;

import io.plexrecommend.embedding.media.ItemFailure;
import io.plexrecommend.embedding.media.MediaItemHandler;
import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.InvalidEventException;
import io.plexrecommend.events.MediaItemEvent;
import io.plexrecommend.events.Topics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code media-items} in batches (one Kafka poll, at most {@code max.poll.records}). Batches are handled one
 * at a time on a worker thread, never the event loop; while the model is busy the connector's queue fills and it
 * pauses the consumer, which is the backpressure. Records are handled in offset order, so an item's events keep
 * their order. An unreadable record goes to {@code media-items-dlq} with its reason and the rest of the batch is
 * embedded; the batch's offsets are committed after everything was published.
 */
@ApplicationScoped
public class MediaItemsConsumer {

    static final String CHANNEL = Topics.MEDIA_ITEMS;

    private final MediaItemHandler handler;
    private final DeadLetterSink deadLetters;

    public MediaItemsConsumer(MediaItemHandler handler, DeadLetterSink deadLetters) {
        this.handler = handler;
        this.deadLetters = deadLetters;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> batch) {
        List<ConsumerRecord<String, String>> decodedRecords = new ArrayList<>();
        List<MediaItemEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : batch) {
            try {
                events.add(EventCodec.decode(record.value(), MediaItemEvent.class));
                decodedRecords.add(record);
            } catch (InvalidEventException e) {
                deadLetters.send(record, e);
            }
        }
        for (ItemFailure failure : handler.handle(events)) {
            deadLetters.send(decodedRecords.get(failure.index()), failure.cause());
        }
    }
}
