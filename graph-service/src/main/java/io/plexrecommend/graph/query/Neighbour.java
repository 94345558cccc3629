package io.plexrecommend.graph.query;

/** An item that shares {@code shared} attribute nodes with the item asked about. */
public record Neighbour(String mediaId, String title, int shared) {
}
