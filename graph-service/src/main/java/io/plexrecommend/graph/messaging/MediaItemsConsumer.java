package io.plexrecommend.graph.messaging;

import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.InvalidEventException;
import io.plexrecommend.events.MediaItemEvent;
import io.plexrecommend.events.Topics;
import io.plexrecommend.graph.service.MediaGraphService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code media-items} in batches (one poll, at most {@code max.poll.records}) so a batch is one TDB2 write
 * transaction: TDB2 pays a commit and a copy-on-write of the touched index blocks per transaction, which made one
 * transaction per title the bottleneck of a library import. A record that cannot be read, or whose item cannot be
 * mapped to triples within the time limit ({@link BoundedMapping}), goes to {@code media-items-dlq} with its reason
 * and the rest of the batch is applied; the batch is acknowledged after its graph updates are out.
 */
@ApplicationScoped
public class MediaItemsConsumer {

    private final MediaGraphService service;
    private final BoundedMapping mapping;
    private final DeadLetterSink deadLetters;

    public MediaItemsConsumer(MediaGraphService service, BoundedMapping mapping, DeadLetterSink deadLetters) {
        this.service = service;
        this.mapping = mapping;
        this.deadLetters = deadLetters;
    }

    @Incoming(Topics.MEDIA_ITEMS)
    @Blocking
    public void consume(ConsumerRecords<String, String> batch) {
        Map<String, Model> latest = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : batch) {
            try {
                MediaItemEvent event = EventCodec.decode(record.value(), MediaItemEvent.class);
                Model graph = mapping.graphOf(event).orElse(null);
                // A later event of the same item wins, and moves the item to the end (its order of last change).
                latest.remove(event.mediaId());
                latest.put(event.mediaId(), graph);
            } catch (InvalidEventException | BoundedMapping.UnmappableEventException e) {
                deadLetters.send(record, e);
            }
        }
        service.applyGraphs(latest);
    }
}
