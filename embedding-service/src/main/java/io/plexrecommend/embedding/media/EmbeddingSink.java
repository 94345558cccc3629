package io.plexrecommend.embedding.media;

import io.plexrecommend.events.MediaEmbeddedEvent;

/** Where computed embeddings go; {@link #publish} returns once the event is durably written. */
public interface EmbeddingSink {

    void publish(MediaEmbeddedEvent event);
}
