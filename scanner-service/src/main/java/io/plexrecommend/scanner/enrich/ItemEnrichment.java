package io.plexrecommend.scanner.enrich;

import io.plexrecommend.events.MediaItem;

/** Adds what the library does not know about an item (keywords, full cast, creators, collection, ...). */
public interface ItemEnrichment {

    /**
     * The item with the extra metadata, or as it was when no source knows it.
     *
     * @throws EnrichmentException when a source failed; the caller publishes the item without enrichment
     */
    MediaItem enrich(MediaItem item);
}
