package io.plexrecommend.graph.sparql;

import io.plexrecommend.graph.config.GraphConfig;
import io.plexrecommend.graph.store.GraphStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.update.UpdateFactory;
import org.jboss.logging.Logger;

/**
 * Runs read-only SPARQL 1.1 queries against the graph with Jena ARQ. The default graph is the union of all items'
 * named graphs, so {@code SELECT * { ?film schema:director ?who }} needs no {@code GRAPH} clause.
 *
 * <p>Guards: queries only (an update does not even parse as a query, and runs in a read transaction anyway), a
 * result limit imposed on every query, a timeout that cancels the execution, and no {@code SERVICE} calls to other
 * endpoints (the service must not be a way to make requests from inside the network).
 */
@ApplicationScoped
public class SparqlService {

    public static final String SPARQL_JSON = "application/sparql-results+json";
    public static final String N_TRIPLES = "application/n-triples";

    private static final Logger LOG = Logger.getLogger(SparqlService.class);

    private final GraphStore store;
    private final long timeoutMillis;
    private final long maxRows;

    public SparqlService(GraphStore store, GraphConfig config) {
        this.store = store;
        this.timeoutMillis = config.sparql().timeout().toMillis();
        this.maxRows = config.sparql().maxRows();
    }

    public SparqlResult query(String text) {
        Query query = parse(text);
        if (!query.hasLimit() || query.getLimit() > maxRows) {
            query.setLimit(maxRows);
        }
        long started = System.nanoTime();
        try {
            return store.read(dsg -> execute(query, dsg));
        } catch (QueryCancelledException e) {
            LOG.infof("SPARQL query cancelled after %d ms", (System.nanoTime() - started) / 1_000_000);
            throw new SparqlRejectedException("the query ran longer than " + timeoutMillis + " ms and was stopped; "
                    + "narrow it down (more specific patterns, a smaller LIMIT)");
        } catch (QueryException e) {
            throw new SparqlRejectedException("the query failed: " + e.getMessage());
        }
    }

    private SparqlResult execute(Query query, org.apache.jena.sparql.core.DatasetGraph dsg) {
        try (QueryExecution execution = QueryExecution.create().query(query)
                .dataset(DatasetFactory.wrap(dsg))
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .set(TDB2.symUnionDefaultGraph, true)
                .set(ARQ.httpServiceAllowed, false)
                .build()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (query.isSelectType()) {
                ResultSetFormatter.outputAsJSON(out, execution.execSelect());
                return new SparqlResult(SPARQL_JSON, out.toByteArray());
            }
            if (query.isAskType()) {
                ResultSetFormatter.outputAsJSON(out, execution.execAsk());
                return new SparqlResult(SPARQL_JSON, out.toByteArray());
            }
            if (query.isConstructType() || query.isDescribeType()) {
                var model = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
                RDFDataMgr.write(out, model, Lang.NTRIPLES);
                return new SparqlResult(N_TRIPLES, out.toByteArray());
            }
            throw new SparqlRejectedException("unsupported query form");
        }
    }

    private static Query parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SparqlRejectedException("no query: send it as ?query=, as the form field query, or as an "
                    + "application/sparql-query body");
        }
        try {
            return QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            if (isUpdate(text)) {
                throw updateRejected();
            }
            throw new SparqlRejectedException("not a valid SPARQL query: " + e.getMessage());
        }
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (QueryParseException e) {
            return false;
        }
    }

    public static SparqlRejectedException updateRejected() {
        return new SparqlRejectedException("this SPARQL endpoint is read-only: updates are not accepted (the graph "
                + "is built from media-items)");
    }
}
