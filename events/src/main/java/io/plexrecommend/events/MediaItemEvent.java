package io.plexrecommend.events;

/** The events on {@link Topics#MEDIA_ITEMS}, keyed by media id. */
public sealed interface MediaItemEvent extends PlexRecommendEvent permits MediaDiscoveredEvent, MediaRemovedEvent {

    String mediaId();

    @Override
    default String key() {
        return mediaId();
    }
}
