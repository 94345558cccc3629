package io.plexrecommend.graph.embedding;

import io.plexrecommend.graph.mapping.Relation;
import io.plexrecommend.graph.mapping.Vocabulary;
import io.plexrecommend.graph.store.GraphStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The item–attribute graph as the network sees it: items first (indexes {@code 0..items-1}), then attribute nodes,
 * and the item→attribute edges. Attribute nodes linked to fewer than two items are left out: they connect nothing
 * (the same rule that makes a one-off entity noise), and they would be most of the nodes.
 */
public record GraphSnapshot(List<String> mediaIds, List<String> attributes, int[] attributeRelation,
        int[] edgeItem, int[] edgeAttribute) {

    public int itemCount() {
        return mediaIds.size();
    }

    public int nodeCount() {
        return mediaIds.size() + attributes.size();
    }

    public int edgeCount() {
        return edgeItem.length;
    }

    /** Every item in the store and its attribute links, read in one transaction (writers carry on meanwhile). */
    public static GraphSnapshot read(GraphStore store) {
        String itemPrefix = Vocabulary.mediaIri("");
        return store.read(dsg -> {
            Builder builder = builder();
            dsg.listGraphNodes().forEachRemaining(item -> {
                String mediaId = item.getURI().substring(itemPrefix.length());
                builder.item(mediaId);
                dsg.getGraph(item).find(item, Node.ANY, Node.ANY).forEachRemaining((Triple t) ->
                        Relation.of(t.getPredicate()).filter(r -> t.getObject().isURI())
                                .ifPresent(r -> builder.link(mediaId, r, t.getObject().getURI())));
            });
            return builder.build();
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects links item by item; {@link #build()} drops attributes with fewer than two items. */
    public static final class Builder {

        private final Map<String, Integer> items = new LinkedHashMap<>();
        private final Map<String, Relation> relationOf = new HashMap<>();
        private final Map<String, List<Integer>> itemsOf = new LinkedHashMap<>();

        /** Adds an item (also one without links: it still gets a vector, from its own features). */
        public Builder item(String mediaId) {
            items.putIfAbsent(mediaId, items.size());
            return this;
        }

        public Builder link(String mediaId, Relation relation, String attributeIri) {
            int item = items.computeIfAbsent(mediaId, id -> items.size());
            relationOf.putIfAbsent(attributeIri, relation);
            List<Integer> linked = itemsOf.computeIfAbsent(attributeIri, iri -> new ArrayList<>(2));
            if (linked.isEmpty() || linked.get(linked.size() - 1) != item) {
                linked.add(item);
            }
            return this;
        }

        public GraphSnapshot build() {
            List<String> attributes = new ArrayList<>();
            List<Integer> relations = new ArrayList<>();
            List<int[]> edges = new ArrayList<>();
            itemsOf.forEach((iri, linked) -> {
                if (linked.size() >= 2) {
                    int attribute = attributes.size();
                    attributes.add(iri);
                    relations.add(relationOf.get(iri).ordinal());
                    linked.forEach(item -> edges.add(new int[] {item, attribute}));
                }
            });
            int[] edgeItem = edges.stream().mapToInt(e -> e[0]).toArray();
            int[] edgeAttribute = edges.stream().mapToInt(e -> e[1]).toArray();
            return new GraphSnapshot(List.copyOf(items.keySet()), attributes,
                    relations.stream().mapToInt(Integer::intValue).toArray(), edgeItem, edgeAttribute);
        }
    }
}
