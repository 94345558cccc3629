package io.plexrecommend.graph.messaging;

import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.InvalidEventException;
import io.plexrecommend.events.MediaItemEvent;
import io.plexrecommend.events.Topics;
import io.plexrecommend.graph.service.MediaGraphService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code media-items} in batches (one poll, at most {@code max.poll.records}) so a batch is one TDB2 write
 * transaction: TDB2 pays a commit and a copy-on-write of the touched index blocks per transaction, which made one
 * transaction per title the bottleneck of a library import. An unreadable record goes to {@code media-items-dlq}
 * with its reason and the rest of the batch is applied; the batch is acknowledged after its graph updates are out.
 */
@ApplicationScoped
public class MediaItemsConsumer {

    private final MediaGraphService service;
    private final DeadLetterSink deadLetters;

    public MediaItemsConsumer(MediaGraphService service, DeadLetterSink deadLetters) {
        this.service = service;
        this.deadLetters = deadLetters;
    }

    @Incoming(Topics.MEDIA_ITEMS)
    @Blocking
    public void consume(ConsumerRecords<String, String> batch) {
        List<MediaItemEvent> events = new ArrayList<>(batch.count());
        for (ConsumerRecord<String, String> record : batch) {
            try {
                events.add(EventCodec.decode(record.value(), MediaItemEvent.class));
            } catch (InvalidEventException e) {
                deadLetters.send(record, e);
            }
        }
        service.apply(events);
    }
}
