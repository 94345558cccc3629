package io.plexrecommend.graph.store;

/** One item's named graph as published: its IRI, size and sorted N-Triples. */
public record ItemGraph(String mediaId, String graphIri, int tripleCount, String nTriples) {
}
