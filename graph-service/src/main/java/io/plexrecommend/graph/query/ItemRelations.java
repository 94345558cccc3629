package io.plexrecommend.graph.query;

import io.plexrecommend.graph.mapping.Relation;
import io.plexrecommend.graph.mapping.Vocabulary;
import io.plexrecommend.graph.store.GraphStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What items have in common, read straight from the quad indexes (no SPARQL parsing on the hot path): the attributes
 * two items share, for explanations, and the items sharing the most attributes with one item.
 *
 * <p>An attribute is a node both items link to, whatever the predicate: a person who directed one film and acted in
 * the other is shared. The relation reported is the one in the item asked about ({@code {id}} in the URL). Entities
 * mentioned by only one item never show up here, because sharing needs two.
 */
@ApplicationScoped
public class ItemRelations {

    private static final Comparator<Attribute> ORDER = Comparator.comparing(Attribute::relation)
            .thenComparing(Attribute::label);

    private final GraphStore store;

    public ItemRelations(GraphStore store) {
        this.store = store;
    }

    /** For each of {@code others}, the attributes it shares with {@code mediaId}, in {@link Relation} order. */
    public List<SharedAttributes> shared(String mediaId, List<String> others) {
        return store.read(dsg -> {
            Map<Node, Attribute> mine = attributes(dsg, mediaId);
            List<SharedAttributes> result = new ArrayList<>();
            for (String other : others) {
                List<Attribute> common = new ArrayList<>();
                Map<Node, Attribute> theirs = attributes(dsg, other);
                mine.forEach((node, attribute) -> {
                    if (theirs.containsKey(node)) {
                        common.add(attribute);
                    }
                });
                common.sort(ORDER);
                result.add(new SharedAttributes(other, common));
            }
            return result;
        });
    }

    /** The items sharing the most attribute nodes with {@code mediaId}, most first (ties by media id). */
    public List<Neighbour> neighbours(String mediaId, int limit) {
        return store.read(dsg -> {
            Node self = item(mediaId);
            Map<Node, Attribute> mine = attributes(dsg, mediaId);
            Map<Node, Integer> counts = new HashMap<>();
            for (Node node : mine.keySet()) {
                dsg.find(Node.ANY, Node.ANY, Node.ANY, node).forEachRemaining(quad -> {
                    Node other = quad.getSubject();
                    if (!other.equals(self) && Relation.of(quad.getPredicate()).isPresent()) {
                        counts.merge(other, 1, Integer::sum);
                    }
                });
            }
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<Node, Integer>comparingByValue().reversed()
                            .thenComparing(e -> e.getKey().getURI()))
                    .limit(limit)
                    .map(e -> new Neighbour(mediaIdOf(e.getKey()), name(dsg.getGraph(e.getKey()), e.getKey()),
                            e.getValue()))
                    .toList();
        });
    }

    /** The item's attribute nodes with relation and name, from its own graph; unknown items are an error. */
    private static Map<Node, Attribute> attributes(DatasetGraph dsg, String mediaId) {
        Node self = item(mediaId);
        Graph graph = dsg.getGraph(self);
        if (graph.isEmpty()) {
            throw new UnknownItemException(mediaId);
        }
        Map<Node, Attribute> attributes = new LinkedHashMap<>();
        for (Triple t : graph.find(self, Node.ANY, Node.ANY).toList()) {
            Relation.of(t.getPredicate()).filter(r -> t.getObject().isURI()).ifPresent(relation ->
                    attributes.putIfAbsent(t.getObject(), new Attribute(relation, name(graph, t.getObject()),
                            t.getObject().getURI())));
        }
        return attributes;
    }

    private static String name(Graph graph, Node node) {
        return graph.find(node, Vocabulary.NAME.asNode(), Node.ANY).nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm()).orElse(null);
    }

    private static Node item(String mediaId) {
        return NodeFactory.createURI(GraphStore.graphIri(mediaId));
    }

    private static String mediaIdOf(Node item) {
        return item.getURI().substring(Vocabulary.mediaIri("").length());
    }
}
