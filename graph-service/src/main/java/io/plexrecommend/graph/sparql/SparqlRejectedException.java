package io.plexrecommend.graph.sparql;

/** A SPARQL request this endpoint will not run: not a query, an update, or too slow. The message says which. */
public class SparqlRejectedException extends RuntimeException {

    public SparqlRejectedException(String message) {
        super(message);
    }
}
