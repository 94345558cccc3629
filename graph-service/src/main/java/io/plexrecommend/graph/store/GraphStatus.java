package io.plexrecommend.graph.store;

/** How big the graph is: named graphs (one per item) and the triples in them. */
public record GraphStatus(long items, long triples) {
}
