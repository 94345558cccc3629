package io.plexrecommend.embedding.media;

import io.plexrecommend.embedding.model.SentenceEmbedder;
import io.plexrecommend.events.MediaDiscoveredEvent;
import io.plexrecommend.events.MediaEmbeddedEvent;
import io.plexrecommend.events.MediaItemEvent;
import io.plexrecommend.events.MediaRemovedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Embeds discovered items whose text changed and publishes the vector. The content hash of the last published
 * embedding per media id makes a replayed or unchanged item a no-op. The cache is in memory for now, so a restart
 * embeds each item once more (harmless: same vector, same hash).
 */
@ApplicationScoped
public class MediaItemHandler {

    private static final Logger LOG = Logger.getLogger(MediaItemHandler.class);

    private final SentenceEmbedder embedder;
    private final EmbeddingSink sink;
    private final EmbeddingStats stats;
    private final Map<String, String> publishedHashes = new ConcurrentHashMap<>();

    public MediaItemHandler(SentenceEmbedder embedder, EmbeddingSink sink, EmbeddingStats stats) {
        this.embedder = embedder;
        this.sink = sink;
        this.stats = stats;
    }

    public void handle(MediaItemEvent event) {
        if (event instanceof MediaDiscoveredEvent discovered) {
            embed(discovered);
        } else if (event instanceof MediaRemovedEvent removed) {
            // Nothing to publish: consumers drop the item on the same MediaRemovedEvent.
            publishedHashes.remove(removed.mediaId());
        }
    }

    private void embed(MediaDiscoveredEvent event) {
        String text = ItemText.of(event.item());
        String hash = ContentHash.of(embedder.modelId(), text);
        if (hash.equals(publishedHashes.get(event.mediaId()))) {
            stats.recordSkippedUnchanged();
            LOG.debugf("%s unchanged (%s), not embedded again", event.mediaId(), hash);
            return;
        }
        float[] vector = embedder.embed(text);
        stats.recordComputed();
        sink.publish(MediaEmbeddedEvent.of(event.mediaId(), embedder.modelId(), vector, hash));
        publishedHashes.put(event.mediaId(), hash);
        LOG.debugf("Embedded %s (%d characters)", event.mediaId(), text.length());
    }
}
