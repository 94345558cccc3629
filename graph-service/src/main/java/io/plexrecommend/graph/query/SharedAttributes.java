package io.plexrecommend.graph.query;

import java.util.List;

/** What {@code mediaId} has in common with the item asked about. */
public record SharedAttributes(String mediaId, List<Attribute> shared) {
}
