package io.plexrecommend.scanner.plex;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One page of a library listing.
 *
 * @param offset where this page starts, as Plex says (null if it did not)
 * @param totalSize items in the whole section, as Plex says (null if it did not)
 * @param items the raw {@code Metadata[]} entries, mapped one by one so one broken entry fails alone
 */
public record PlexPage(Integer offset, Integer totalSize, List<JsonNode> items) {
}
