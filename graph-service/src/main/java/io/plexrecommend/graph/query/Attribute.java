package io.plexrecommend.graph.query;

import io.plexrecommend.graph.mapping.Relation;

/** One attribute of an item: how it is linked, its name and its node's IRI. */
public record Attribute(Relation relation, String label, String node) {
}
