package io.plexrecommend.graph.store;

/**
 * How big the graph is: named graphs (one per item) and the triples in them, the bytes of the TDB2 files on disk, and
 * how many compactions reclaimed space since the service started.
 */
public record GraphStatus(long items, long triples, long diskBytes, long compactions) {
}
