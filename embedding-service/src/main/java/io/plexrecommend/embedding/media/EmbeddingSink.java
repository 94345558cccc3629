package io.plexrecommend.embedding.media;

import io.plexrecommend.events.MediaEmbeddedEvent;
import java.util.List;

/** Where computed embeddings go; {@link #publishAll} returns once every event is durably written, in list order. */
public interface EmbeddingSink {

    void publishAll(List<MediaEmbeddedEvent> events);
}
