package io.plexrecommend.graph.sparql;

/** A finished query's answer, serialized while the read transaction was open. */
public record SparqlResult(String contentType, byte[] body) {
}
