package io.plexrecommend.recommender.catalog;

/** Fired when anything the model reads about an item was written (metadata, text or graph vector, removal). */
public record ItemChanged(String mediaId) {
}
