package io.plexrecommend.graph.query;

/** The graph has no item with this media id (never discovered, or removed). */
public class UnknownItemException extends RuntimeException {

    public UnknownItemException(String mediaId) {
        super("no item " + mediaId + " in the graph");
    }
}
