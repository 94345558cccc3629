package io.plexrecommend.events.kafka;

import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.PlexRecommendEvent;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka value serializer for every event: {@code value.serializer=io.plexrecommend.events.kafka.EventSerializer}. */
public class EventSerializer implements Serializer<PlexRecommendEvent> {

    @Override
    public byte[] serialize(String topic, PlexRecommendEvent event) {
        return event == null ? null : EventCodec.encodeBytes(event);
    }
}
